"""Fixtures every test directory may use."""

pytest_plugins = ["intermission.fakes.pytest_plugin"]
