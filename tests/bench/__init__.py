"""`make bench`: speed and memory, each reported as a ratio against a baseline measured in the same run."""
