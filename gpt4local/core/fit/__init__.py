"""Will it fit? This machine, the memory a model needs, the load plan and verdicts."""
