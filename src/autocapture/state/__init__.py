"""The state layer: spans of activity in a joint embedding space (the state tape), a JEPA-style predictor
of the next state with a list/approve/promote/report lifecycle, and a reproducible landscape."""
