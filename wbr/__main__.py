from wbr.cli import main

main()
