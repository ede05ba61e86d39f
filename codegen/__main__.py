"""``python -m codegen``: the pipeline's command line (``codegen.cli``)."""

import sys

from codegen.cli import main

sys.exit(main())
