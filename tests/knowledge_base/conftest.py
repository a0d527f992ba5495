from __future__ import annotations

from pathlib import Path

import pytest

from knowledge_base.entries import KnowledgeBase
from knowledge_base.loader import load_kb
from knowledge_base.matcher import Matcher

KB_YAML = """\
- id: ktp-pemula
  agency: disdukcapil
  questions:
    - Apa syarat membuat KTP-el untuk pemula?
    - Mulai umur berapa boleh rekam KTP elektronik?
  keywords: [ktp pemula, rekam ktp]
  answer: Bawa Kartu Keluarga ke kecamatan. Gratis.

- id: kk-baru
  agency: disdukcapil
  questions:
    - Apa syarat membuat Kartu Keluarga baru setelah menikah?
    - Bagaimana cara pecah KK?
  keywords: [kk baru, pisah kk]
  answer: Bawa buku nikah dan KK lama ke Disdukcapil.

- id: akta-lahir
  agency: disdukcapil
  questions:
    - Dokumen apa yang dibutuhkan untuk mengurus akta kelahiran?
  keywords: [akta kelahiran, bayi baru lahir]
  answer: Siapkan surat keterangan lahir, KK dan buku nikah orang tua.

- id: pbb-bayar
  agency: bapenda
  questions:
    - Di mana saja PBB bisa dibayar secara online?
  keywords: [bayar pbb, pbb online]
  answer: Lewat mobile banking, QRIS dan dompet digital.

- id: usulan-jalan
  agency: pupr
  questions:
    - Bagaimana mengusulkan pengaspalan jalan lingkungan?
  keywords: [jalan lingkungan, aspal, musrenbang]
  answer: Usulkan lewat musrenbang desa.
"""

AGENCIES_YAML = """\
regency: Kabupaten Contoh
default_agency: disdukcapil
agencies:
  - code: disdukcapil
    name: Dinas Kependudukan dan Pencatatan Sipil
  - code: bapenda
    name: Badan Pendapatan Daerah
  - code: pupr
    name: Dinas Pekerjaan Umum dan Penataan Ruang
"""


@pytest.fixture
def kb_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "kb"
    folder.mkdir()
    (folder / "layanan.yaml").write_text(KB_YAML, encoding="utf-8")
    return folder


@pytest.fixture
def agencies_file(tmp_path: Path) -> Path:
    path = tmp_path / "agencies.yaml"
    path.write_text(AGENCIES_YAML, encoding="utf-8")
    return path


@pytest.fixture
def kb(kb_dir: Path) -> KnowledgeBase:
    return load_kb(kb_dir)


@pytest.fixture
def matcher(kb: KnowledgeBase) -> Matcher:
    return Matcher(kb)
