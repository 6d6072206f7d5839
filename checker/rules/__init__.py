"""The only part of the checker that knows the code of conduct."""
from .pack import Quote, Rule, RulePack, RulePackError, load_rule_pack

__all__ = ["Quote", "Rule", "RulePack", "RulePackError", "load_rule_pack", "load_council_pack", "apply_rules"]


def load_council_pack(config, known_signals=None):
    """The council's rule pack with its ``[rules]`` settings (and any flags) applied."""
    from .settings import configure

    return configure(load_rule_pack(config.rule_pack_path, known_signals), config.rules)


def apply_rules(pack, signals):
    """Signals in, findings out (see ``engine.apply_rules``)."""
    from .engine import apply_rules as _apply

    return _apply(pack, signals)
