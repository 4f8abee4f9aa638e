"""Questions in plain language -> answers whose every claim cites a frame, its time, app/window and box."""
