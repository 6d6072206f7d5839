"""What runs, declared in one place: the detectors in run order, the signals that exist, the pack.

Nothing is found by import side effects. A new detector is a module in
``postcheck/detectors/`` and a line in ``DETECTORS``; a new account pattern is
a method of ``postcheck.account.AccountAnalysis`` with its signal in
``ACCOUNT_SIGNALS``. The rule pack is validated against ``known_signals()``,
so a pack naming a signal no part of the pipeline emits stops on load, and a
test fails when a signal exists that no rule judges.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .detectors.capacity import CapacityDetector
from .detectors.confidentiality import ConfidentialityDetector
from .detectors.copyright import CopyrightDetector
from .detectors.credentials import CredentialsDetector
from .detectors.gifts import GiftsDetector
from .detectors.haste import HasteDetector
from .detectors.insider import InsiderDetector
from .detectors.interests import InterestsDetector
from .detectors.irony import IronyDetector
from .detectors.learned_cues import LearnedCuesDetector
from .detectors.meetings import MeetingsDetector
from .detectors.officers import OfficersDetector
from .detectors.personal_data import PersonalDataDetector
from .detectors.position import PositionDetector
from .detectors.predetermination import PredeterminationDetector
from .detectors.resources import ResourcesDetector
from .detectors.toxicity import ToxicityDetector

if TYPE_CHECKING:
    from .config import Config
    from .detectors.base import Detector
    from .rules import RulePack

#: every detector, in the order they run (the order their signals reach the judge)
DETECTORS: tuple[type["Detector"], ...] = (
    PersonalDataDetector,
    ToxicityDetector,
    CapacityDetector,
    ConfidentialityDetector,
    CopyrightDetector,
    CredentialsDetector,
    GiftsDetector,
    HasteDetector,
    InsiderDetector,
    InterestsDetector,
    IronyDetector,
    MeetingsDetector,
    OfficersDetector,
    PositionDetector,
    PredeterminationDetector,
    ResourcesDetector,
    LearnedCuesDetector,
)


def detector_classes(config: "Config") -> list[type["Detector"]]:
    """The detectors this config switches on, in run order."""
    return [cls for cls in DETECTORS if cls.enabled(config)]


def known_signals() -> frozenset[str]:
    """Every signal a post detector, the amplification stage or an account pattern can emit."""
    from .account import ACCOUNT_SIGNALS
    from .stages.amplification import AMPLIFIED

    names: set[str] = {AMPLIFIED, *ACCOUNT_SIGNALS}
    for cls in DETECTORS:
        names |= cls.signals
    return frozenset(names)


def load_pack(config: "Config") -> "RulePack":
    """The council's rule pack, validated against the signals that exist, with its ``[rules]`` settings."""
    from .rules import load_council_pack

    return load_council_pack(config, known_signals())
