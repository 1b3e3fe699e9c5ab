from gpt4local.cli import main

raise SystemExit(main())
