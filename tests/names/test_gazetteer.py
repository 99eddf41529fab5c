"""The gazetteer: its generation script on a tiny fixture, and lookups in the shipped table."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from mtfix.context import Resources
from mtfix.names.gazetteer import gazetteer, load_gazetteer, romanise
from mtfix.paths import data_file

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def build_script():
    spec = importlib.util.spec_from_file_location("build_gazetteer", ROOT / "scripts" / "build_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_script_builds_rows_from_a_tiny_fixture(build_script, tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    (source / "adcodes.csv").write_text(
        "adcode,name,longitude,latitude\n"
        "520000000000,贵州省,,\n"
        "522300000000,黔西南布依族苗族自治州,,\n"
        "522327000000,册亨县,,\n"
        "522327100000,者楼街道,,\n"
        "340000000000,安徽省,,\n"
        "341500000000,六安市,,\n"
        "110000000000,北京市,,\n"
        "110100000000,北京市,,\n"
        "110108000000,海淀区,,\n",
        encoding="utf-8",
    )
    (source / "56_nations.csv").write_text("汉族\n苗族\n布依族\n", encoding="utf-8")
    output = tmp_path / "gazetteer.tsv"
    assert build_script.main(["--source", str(source), "--output", str(output)]) == 0
    rows = [line.split("\t") for line in output.read_text(encoding="utf-8").splitlines() if line[0] != "#"]
    assert rows == [
        ["110000000000", "", "1", "北京市", "bei jing", "Municipality"],
        ["110108000000", "110000000000", "3", "海淀区", "hai dian", "District"],
        ["340000000000", "", "1", "安徽省", "an hui", "Province"],
        ["341500000000", "340000000000", "2", "六安市", "lu an", "City"],
        ["520000000000", "", "1", "贵州省", "gui zhou", "Province"],
        [
            "522300000000",
            "520000000000",
            "2",
            "黔西南布依族苗族自治州",
            "qian xi nan",
            "Autonomous Prefecture",
        ],
        ["522327000000", "522300000000", "3", "册亨县", "ce heng", "County"],
    ]
    places = load_gazetteer(output)
    assert [place.english for place in places.lookup("Lu'an")] == ["Lu'an City"]


def test_polyphonic_place_readings(build_script) -> None:
    for stem, reading in {
        "六安": "lu an",
        "长沙": "chang sha",
        "重庆": "chong qing",
        "厦门": "xia men",
        "蚌埠": "beng bu",
        "成都": "cheng du",
        "长子": "zhang zi",
    }.items():
        assert build_script.stem_pinyin(stem) == reading, stem


def test_romanise_adds_apostrophes() -> None:
    assert romanise(("xi", "an")) == "Xi'an"
    assert romanise(("ce", "heng")) == "Ceheng"
    assert romanise(("qian", "xi", "nan")) == "Qianxinan"


def test_shipped_table_loads_with_hierarchy() -> None:
    places = load_gazetteer(data_file("gazetteer.tsv"))
    assert len(places) > 3000
    (ceheng,) = places.lookup("Ceheng")
    assert ceheng.english == "Ceheng County"
    assert [p.english for p in places.ancestors(ceheng)] == [
        "Qianxinan Autonomous Prefecture",
        "Guizhou Province",
    ]
    assert any(p.english == "Huicheng District" for p in places.lookup("huicheng"))
    assert places.lookup("Xi'an") and places.lookup("xian")


def test_last_syllable_index(resources: Resources) -> None:
    places = gazetteer(resources)
    assert "Ceheng" in {p.pinyin for p in places.with_last_syllable("heng")}
    assert "ceheng" in places.name_forms()


def test_name_forms_are_each_place_written_and_keyed(resources: Resources) -> None:
    places = gazetteer(resources)
    expected = {form for place in places.places for form in (place.pinyin.casefold(), place.key)}
    assert places.name_forms() == expected
    assert {"xi'an", "xian", "ceheng"} <= places.name_forms()
