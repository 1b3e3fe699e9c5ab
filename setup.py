"""Package discovery: every package under gpt4local/, plus resources/, which lives at the top of
the repository but ships inside the package as gpt4local.resources. pyproject.toml holds
everything else; it cannot combine discovery with that one mapping."""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["gpt4local", "gpt4local.*"]), "gpt4local.resources"],
    package_dir={"gpt4local.resources": "resources"},
)
