"""Answers computed over window sessions, sightings and amounts rather than read off one screen."""
