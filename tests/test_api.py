import whatweknow


def test_public_api_is_sorted_and_complete():
    assert whatweknow.__all__ == sorted(whatweknow.__all__)
    for name in whatweknow.__all__:
        assert hasattr(whatweknow, name), name


def _fresh_python(code: str) -> None:
    """Run `code` in a new interpreter: this test process has imported everything already."""
    import subprocess
    import sys

    subprocess.run([sys.executable, "-c", code], check=True)


def test_the_brief_and_web_commands_never_import_spacy():
    _fresh_python(
        "import sys, whatweknow.cli, whatweknow.brief, whatweknow.store; "
        "assert 'spacy' not in sys.modules, 'spacy imported'; "
        "assert 'datasketch' not in sys.modules, 'datasketch imported'"
    )


def test_importing_a_subpackage_leaves_the_function_of_the_same_name():
    _fresh_python(
        "import whatweknow.extract.figures, whatweknow.clean.glued; "
        "from whatweknow import clean, extract; "
        "assert callable(extract) and callable(clean), (extract, clean)"
    )


def test_the_readme_python_example_runs_and_briefs_the_example(tmp_path, monkeypatch, capsys):
    """The README's first Python block, as printed, on the bundled example: a user copying it
    gets the seed's brief, not an empty one."""
    import re
    import shutil
    from pathlib import Path

    root = Path(__file__).parent.parent
    block = re.search(
        r"## Python API\n\n```python\n(.*?)```", (root / "README.md").read_text(), re.S
    )
    assert block, "the README's Python API section lost its first code block"
    shutil.copytree(root / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(block.group(1), "README.md", "exec"), {})
    printed = capsys.readouterr().out
    assert "Extraction" in printed
    assert "11,000" in printed and "100,000" in printed  # the brief's disputed troop numbers
