"""intermission: pause and resume AI agents at any vendor through one typed facade."""

__version__ = "0.1.0"
