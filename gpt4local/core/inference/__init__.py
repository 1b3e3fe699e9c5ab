"""Running a model: the llama.cpp engine, its options and events, context fitting and decoding."""
