"""Is an article about health? Then its bot must carry red flags (see bot/safety.py).

Pure and generic: an article is health-like when words of medicine and the body make up a
noticeable share of it, whatever the subject ("symptoms", "doctor", "infection", "dose").
"""

from __future__ import annotations

import re
from functools import lru_cache

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


# How people say what they feel: general English, the words of any health article's readers
# ("exhausted" for "fatigue", "the runs"), not one article's.
_SYMPTOM_TEXT = """
    pain pains painful ache aches aching achy sore soreness hurt hurts hurting headache
    headaches migraine migraines fever feverish chills cough coughing wheezing wheeze
    sneezing congestion congested breathless breathlessness nausea nauseous queasy vomiting
    diarrhea diarrhoea constipation constipated bloating bloated cramp cramps cramping
    spasm spasms rash rashes itching itchy hives swelling swollen dizziness dizzy
    lightheaded fatigue fatigued tired tiredness exhausted exhaustion weakness weak numbness
    numb tingling insomnia sleepless anxiety anxious stiffness stiff fainting faint confusion
    confused palpitations bleeding irritation irritated burning fussy crying restless
    drowsy drowsiness
"""
SYMPTOM_WORDS = tuple(dict.fromkeys(_SYMPTOM_TEXT.split()))
_SYMPTOM_SET = frozenset(SYMPTOM_WORDS)
# phrases of it: several words, read together
SYMPTOM_PHRASES = (
    "sore throat",
    "runny nose",
    "short of breath",
    "shortness of breath",
    "difficulty breathing",
    "trouble breathing",
    "chest pain",
    "throwing up",
    "the runs",
    "watery eyes",
    "itchy eyes",
    "stomach ache",
    "upset stomach",
)
MIN_SYMPTOMS = 2  # an article that names fewer tells of no one's symptoms ("pain points")
NEAR_SYMPTOM = 0.6  # a general symptom word this near one the article names says it too
SAME_SYMPTOM = 0.7  # ... and this near, it is read as that word ("tired": "fatigue"; not
# "aches": "headaches")


def symptoms(text: str) -> list[str]:
    """The article's words for what its readers feel (the general ones it names, as
    stems), and the everyday words near one of them in meaning ("exhausted" beside
    "fatigue"): the drafted `[situation]` symptoms. Empty when it names fewer than
    `MIN_SYMPTOMS`."""
    named, near = _felt(text)
    if not named:
        return []
    low = text.lower()
    phrases = [p for p in SYMPTOM_PHRASES if re.search(rf"\b{re.escape(p)}\b", low)]
    return [*phrases, *named, *near]


def symptom_synonyms(text: str) -> dict[str, str]:
    """`{everyday word: the article's word}` for the words of `symptoms` the article never
    writes ("exhausted": "fatigue"), each read as the article's word nearest it: a stem of
    another meaning ("exhaust" fans) is not what they name."""
    from ..core import words

    named, near = _felt(text)
    said = set(re.findall(r"[a-z]+", text.lower()))
    written = [n for n in named if n in said] or named  # the article's own spelling
    out = {}
    for w in near:
        if w not in said:
            nearest = max(written, key=lambda n: words.similarity(w, n))
            if words.similarity(w, nearest) >= SAME_SYMPTOM:
                out[w] = nearest
    return out


@lru_cache(maxsize=2)  # `symptoms` and `symptom_synonyms` read the same article
def _felt(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The general symptom words the article names (by stem), and those near one of them
    (`NEAR_SYMPTOM`); both empty when it names fewer than `MIN_SYMPTOMS`."""
    from ..core import words

    # the stems of the symptom words the article writes: "exhaust" fans name no symptom,
    # so "exhausted" is near the article's "fatigue", not named by it
    own = {stem(w) for w in re.findall(r"[a-z]+", text.lower()) if w in _SYMPTOM_SET}
    named = [w for w in SYMPTOM_WORDS if stem(w) in own]
    if len({stem(w) for w in named}) < MIN_SYMPTOMS:
        return (), ()
    near = tuple(
        w
        for w in SYMPTOM_WORDS
        if w not in named and max(words.similarity(w, n) for n in named) >= NEAR_SYMPTOM
    )
    return tuple(named), near
