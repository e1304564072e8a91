"""An article not in English is a clear Failure naming its language and the override; the rest
of the run goes on; `--language en` forces it through."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from whatweknow import Article, Failure, clean, run
from whatweknow.cli import cli
from whatweknow.language import detect, language_failure, language_name
from whatweknow.model import Extraction
from whatweknow.settings import load_settings

from .conftest import SEED

# News paragraphs as German and French outlets write them (the example: a German
# article came out with "Millionen Euro" as a person and a figure "500" for 500 million).
GERMAN = (
    "Die Bundesregierung will der Ukraine weitere 500 Millionen Euro für die Luftverteidigung "
    "zur Verfügung stellen. Das kündigte Bundeskanzler Olaf Scholz am Montag in Berlin an.\n\n"
    "„Wir werden die Ukraine so lange unterstützen, wie es nötig ist“, sagte Scholz nach einem "
    "Treffen mit dem ukrainischen Präsidenten. Nach Angaben des Verteidigungsministeriums "
    "sollen die ersten Systeme noch vor dem Winter geliefert werden."
)
FRENCH = (
    "Le président Emmanuel Macron a annoncé lundi soir que la France enverrait 2 000 soldats "
    "supplémentaires en Roumanie d'ici la fin de l'année.\n\n"
    "« Nous ne laisserons pas la sécurité de l'Europe se décider sans nous », a déclaré le chef "
    "de l'État lors d'une conférence de presse à l'Élysée. Selon le ministère des Armées, le "
    "coût de l'opération pourrait dépasser 300 millions d'euros."
)


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (GERMAN, "de", "German"),
        (FRENCH, "fr", "French"),
        (SEED.read_text("utf-8"), "en", "English"),
    ],
)
def test_the_text_decides_its_language(text, code, name):
    detected = detect(text)
    assert (detected.code, detected.name, detected.basis) == (code, name, "text")


def test_a_page_that_declares_the_wrong_language_is_read_by_its_text():
    # pages in the wild declare lang="de" over English text and lang="en" over German
    assert detect(SEED.read_text("utf-8"), declared="de").code == "en"
    assert detect(GERMAN, declared="en-US").code == "de"


def test_a_declared_language_decides_when_the_text_is_too_short_to_rule_out_english():
    assert detect("Interview mit Olaf Scholz").code == "en"  # too short to say
    german = detect("Interview mit Olaf Scholz", declared="de-DE")
    assert (german.code, german.basis) == ("de", "declared")
    # a declared language the text does not lean towards counts for nothing
    assert detect("Scholz said on Monday that aid would continue", declared="de").code == "en"


@pytest.mark.parametrize(
    "sentence",
    [
        "a 352 μm pixel pitch.",  # the least English sentence of NewsQuant dev to the model
        "Published 5:55 AM EST Dec 20 2019",
        "Pentagon: 11,000 troops.",
    ],
)
def test_short_english_sentences_are_not_refused(sentence):
    assert detect(sentence).code == "en"


def test_a_run_refuses_the_german_and_french_articles_and_goes_on(nlp):
    articles = [
        Article(GERMAN, "scholz.txt", "text"),
        Article(SEED.read_text("utf-8"), "seed.txt", "text"),
        Article(FRENCH, "macron.txt", "text"),
    ]
    results = list(run(articles, nlp=nlp))
    assert [type(r) for r in results] == [Failure, Extraction, Failure]
    german, _, french = results
    assert german.stage == french.stage == "language"
    assert german.message.startswith("scholz.txt: written in German (de, detected), not English")
    assert "French (fr" in french.message
    assert "--language en" in german.message


def test_settings_can_force_english():
    settings = load_settings()
    document = clean(Article(GERMAN, "scholz.txt", "text"))
    assert language_failure(document, settings) is not None
    settings["ingest"]["language"] = "en"
    assert language_failure(document, settings) is None


def test_wwk_extract_names_the_language_and_the_override_and_extracts_the_rest(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["extract", str(tmp_path / "de.txt"), str(SEED)])
    assert result.exit_code == 1
    assert "written in German (de, detected)" in result.stderr
    assert "pass --language en" in result.stderr
    assert len(result.stdout.strip().splitlines()) == 1  # the English article still extracted


def test_wwk_ingest_language_en_forces_a_german_article_in(tmp_path):
    (tmp_path / "de.txt").write_text(GERMAN, encoding="utf-8")
    database = str(tmp_path / "news.db")
    runner = CliRunner()
    refused = runner.invoke(cli, ["ingest", database, str(tmp_path / "de.txt")])
    assert refused.exit_code == 1
    assert "ingested 0, duplicates skipped 0, failed 1" in refused.stderr
    forced = runner.invoke(cli, ["ingest", database, str(tmp_path / "de.txt"), "--language", "en"])
    assert forced.exit_code == 0, forced.stderr
    assert "ingested 1," in forced.stderr


def test_language_names_come_from_babel_and_unknown_codes_stay_codes():
    assert language_name("de") == "German"
    assert language_name("pcm") == "Nigerian Pidgin"
    assert language_name("xx") == "xx"


@pytest.mark.data
def test_the_real_pages_not_in_english_are_found(shared_data):
    from whatweknow import read

    documents = [clean(a) for a in read(sorted(map(str, (shared_data / "html").glob("*.gz"))))]
    refused = sorted(
        d.code for d in (detect(x.text, x.locale) for x in documents) if d.code != "en"
    )
    # 119 pages: 108 in English, and these 11 (checked by eye)
    assert refused == ["de", "id", "it", "ja", "ko", "pt", "pt", "pt", "pt", "ru", "ru"]
