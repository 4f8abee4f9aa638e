from autocapture.cli import main

main()
