"""May we work now, and how hard? Foreground gating, the CPU/RAM governor, the network guard and the
policy that decides which stage engines may load."""
