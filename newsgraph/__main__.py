"""``python -m newsgraph``: the same as the ``newsgraph`` command."""

from newsgraph.cli import main

main()
