"""``python -m intermission.cli``: the ``intermission`` command."""

import sys

from intermission.cli import main

sys.exit(main())
