"""A small logistic model read from JSON: named feature weights, a bias and the
probability from which its decision is taken (fitted and chosen by ``bench/kb_fit.py``)."""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True)
class LogisticModel:
    weights: Mapping[str, float]
    bias: float
    threshold: float

    def probability(self, features: Mapping[str, float]) -> float:
        z = self.bias + sum(w * features.get(name, 0.0) for name, w in self.weights.items())
        return 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))

    def decides(self, features: Mapping[str, float]) -> bool:
        return self.probability(features) >= self.threshold

    @classmethod
    def from_json(cls, text: str) -> LogisticModel:
        data = json.loads(text)
        weights = {str(k): float(v) for k, v in data["weights"].items()}
        return cls(weights, float(data["bias"]), float(data["threshold"]))

    def to_json(self) -> str:
        record = {
            "bias": round(self.bias, 4),
            "threshold": self.threshold,
            "weights": {k: round(v, 4) for k, v in self.weights.items()},
        }
        return json.dumps(record, indent=1) + "\n"


def packaged_model(name: str) -> LogisticModel:
    """A model shipped in ``knowledge_base/data``."""
    return LogisticModel.from_json((files("knowledge_base") / "data" / name).read_text("utf-8"))
