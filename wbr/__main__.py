from wbr.cli import cli

cli()
