from ruchina.cli import main

main()
