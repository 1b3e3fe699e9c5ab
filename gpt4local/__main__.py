from gpt4local.cli.main import main

raise SystemExit(main())
