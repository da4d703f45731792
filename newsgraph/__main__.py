"""``python -m newsgraph`` and the ``newsgraph`` command: the CLI, with Ctrl-C during start-up
(while spaCy and the rest are imported) ending in one line instead of a traceback."""

import sys


def run() -> None:
    """Import the command line and run it."""
    try:
        from newsgraph.cli import main
    except KeyboardInterrupt:
        sys.stderr.write("interrupted while starting: nothing was done\n")
        sys.exit(130)
    main()


if __name__ == "__main__":
    run()
