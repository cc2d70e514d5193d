"""Distinct, realistic articles for load runs: wire-style English and Indonesian reports."""

from __future__ import annotations

import random

SPEAKERS_EN = [
    ("Secretary of State Antony Blinken", "accused", "of"),
    ("Foreign Minister Sergei Lavrov", "denied", "that"),
    ("a spokesperson for the Pentagon", "said", "that"),
    ("South Korea's defence ministry", "said", "that"),
    ("Japanese Prime Minister Fumio Kishida", "warned", "that"),
    ("the White House", "said", "that"),
]
CLAIMS_EN = [
    "North Korea has shipped more than {n} containers of munitions to Russia",
    "Russian cargo ships loaded artillery shells at the port of Rajin in {month}",
    "Pyongyang received food and technology in exchange for {n} rail cars of weapons",
    "the arms transfers violate several United Nations Security Council resolutions",
    "Moscow is helping North Korea with satellite launches in return for shells",
    "the two leaders agreed to expand military cooperation at a meeting in {month}",
]
SPEAKERS_ID = [
    ("Menteri Luar Negeri Retno Marsudi", "mengatakan"),
    ("juru bicara Kementerian Pertahanan Korea Selatan", "menyatakan"),
    ("Gedung Putih", "menuduh"),
    ("pejabat Rusia", "membantah"),
    ("Kantor berita KCNA", "melaporkan"),
]
CLAIMS_ID = [
    "Korea Utara telah mengirim lebih dari {n} kontainer amunisi ke Rusia",
    "kapal kargo Rusia memuat peluru artileri di pelabuhan Rajin pada bulan {month}",
    "Pyongyang menerima bantuan pangan sebagai imbalan atas {n} gerbong senjata",
    "kedua pemimpin sepakat memperluas kerja sama militer dalam pertemuan bulan {month}",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August"]
BULAN = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus"]


def article(index: int) -> dict:
    """The index-th article; the same index always gives the same text."""
    rng = random.Random(index)
    if index % 3 == 2:
        lines = [f"JAKARTA (Laporan {index}) -"]
        for _ in range(rng.randint(5, 9)):
            speaker, cue = rng.choice(SPEAKERS_ID)
            claim = rng.choice(CLAIMS_ID).format(n=rng.randint(2, 9000), month=rng.choice(BULAN))
            lines.append(f"{speaker.capitalize()} {cue} {claim}, menurut laporan nomor {index}.")
        lines.append(f'"Kami akan terus memantau situasi," kata seorang pejabat, {index}.')
        return {"text": " ".join(lines), "title": f"Laporan {index}", "language": "id"}
    lines = [f"WASHINGTON (Report {index}) -"]
    for _ in range(rng.randint(5, 9)):
        speaker, cue, link = rng.choice(SPEAKERS_EN)
        claim = rng.choice(CLAIMS_EN).format(n=rng.randint(2, 9000), month=rng.choice(MONTHS))
        if cue == "accused":
            lines.append(f"{speaker} accused Pyongyang of lying, saying {claim}.")
        else:
            lines.append(f"{speaker} {cue} {link} {claim}, in remarks numbered {index}.")
    lines.append(f'"We are watching this very closely," an official told reporters, case {index}.')
    return {"text": " ".join(lines), "title": f"Report {index}", "language": "en"}
