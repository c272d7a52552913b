"""Is an article about health? Then its bot must carry red flags (see bot/safety.py).

Pure and generic: an article is health-like when words of medicine and the body make up a
noticeable share of it, whatever the subject ("symptoms", "doctor", "infection", "dose").
"""

from __future__ import annotations

import re

from ..core.text import stem

# Words of medicine, care and the body, as stems: general English, not one article's.
_HEALTH_TEXT = """
    health healthy medical medicine medication doctor physician nurse hospital clinic
    emergency symptom symptoms disease illness sick infection infections bacteria germs virus
    immune pain ache fever diagnosis treatment therapy patient patients dose dosage
    supplement supplements vitamin mineral injury inflammation chronic acute allergy
    allergic pregnancy pregnant baby infant infants newborn breastfeeding nutrition
    nutritional kidney kidneys liver heart blood muscle muscles nerve nerves spine bone
    stomach digestive intestines bowel bladder headache migraine nausea vomiting diarrhea
    dehydrated dehydration prescription pharmacist diet calories disorder syndrome cancer
    diabetes tissue organ surgery wound bleeding breathing
"""
HEALTH_WORDS = frozenset(stem(w) for w in _HEALTH_TEXT.split())
MIN_WORDS = 5  # distinct health words an article needs
MIN_SHARE = 0.01  # ... and the share of its words they must make up


def is_health_like(text: str) -> bool:
    words = [stem(w) for w in re.findall(r"[a-z]+", text.lower())]
    if not words:
        return False
    found = [w for w in words if w in HEALTH_WORDS]
    return len(set(found)) >= MIN_WORDS and len(found) >= MIN_SHARE * len(words)
