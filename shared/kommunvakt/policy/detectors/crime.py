"""Crime: threats of violence, incitement to violence or vandalism, hate speech against a
group, and sharing someone's address or number so that others harass them.

Verbs of violence alone prove nothing ("mörda fem semlor", "skjuta upp mötet", "döda
tråden"): a threat needs a speaker who says they will do it, or a call on others to do it,
and a person (or for arson and vandalism a building or thing) as the object. Veiled threats
("vi vet var du bor", "akta dig", "du ska få se") are weighed together. Reporting a crime
that happened is past tense and has no such speaker, so it does not match.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from kommunvakt.domain.models import Category
from kommunvakt.policy.context import Context
from kommunvakt.policy.detectors._grammar import (
    NEGATIONS,
    PRONOUN_TARGETS,
    QUOTE_MARKS,
    Parsed,
    Token,
    outside,
    parse_text,
    quoted_spans,
    views,
)
from kommunvakt.policy.detectors._tone import banter, laughing
from kommunvakt.policy.detectors.base import Detector, Signal, Span
from kommunvakt.policy.lexicon import Hit, Lexicon, load, merged, tagged, weight
from kommunvakt.policy.names import first_names, named_or_tagged
from kommunvakt.policy.normalize import NormalizedText
from kommunvakt.policy.pii.numbers import org_before
from kommunvakt.policy.regex import lazy

_FIRST_PERSON = frozenset(
    ["jag", "ja", "jah", "vi", "i", "we", "i'm", "im", "i'll", "we'll", "jeg", "eg"]
)
_MODALS = frozenset(
    [
        "ska",
        "skall",
        "kommer",
        "tänker",
        "vill",
        "lovar",
        "hotar",
        "ämnar",
        "will",
        "gonna",
        "shall",
        "'ll",
        "going",
        "skal",
    ]
)
_CALLERS = frozenset(
    [
        "någon",
        "nån",
        "nåra",
        "några",
        "ngn",
        "ngt",
        "man",
        "folk",
        "ni",
        "alla",
        "vi",
        "someone",
        "somebody",
        "people",
        "everyone",
    ]
)
_CALL_MODALS = frozenset(["borde", "bör", "måste", "ska", "skall", "should", "must"])
_CALL_WORDS = frozenset(["dags", "låt", "let's", "lets", "kom"])
_IMPERATIVE_LEAD = frozenset(["och", "så", "nu", "bara", "sen", "sedan", "då", "gå", "just"])
_OBJ_DETERMINERS = frozenset(
    [
        "nye",  # Norwegian "de nye fartshumpene"
        "den",
        "det",
        "de",
        "dom",
        "där",
        "nästa",
        "alla",
        "varenda",
        "hela",
        "en",
        "ett",
        "någon",
        "nån",
        "era",
        "ert",
        "er",
        "din",
        "ditt",
        "dina",
        "hans",
        "hennes",
        "deras",
        "that",
        "this",
        "the",
        "all",
        "those",
        "these",
        "every",
        "jävla",
        "fucking",
        "par",  # "bränna ner ett par skotare"
        "några",
    ]
)
_HYPERBOLE_PARTICLES = frozenset(["upp", "fram", "till", "tiden", "tid", "på", "förbi", "up"])
"""After a verb of violence, these make it something else: "skjuta upp", "bränna förbi"
(speed past), "slå till"."""
# The patterns below have their required literals in `_NEEDLES`: keep the two in step.
_GET_PUNISHED = lazy(
    r"\b(?:borde|bör|ska|skall|skal|kommer|förtjänar|måste|hoppas)\b(?:\s+\S+){0,3}?\s+"
    r"(?:få\s+(?:sig\s+)?(?:en\s+|ett\s+|lite\s+)?(?:rejält\s+|ordentligt\s+|riktigt\s+)?"
    r"(?:kula|kulor|kulan|spö|stryk|juling|däng|smäll|snyting|kok\s+stryk|omgång|käftsmäll|"
    r"på\s+käften|på\s+nöten|bly|kniven|kniv|en\s+läxa)"
    # "ska ha stryk", "ska ha en kniv i magen": the beating had, not a round or a bang
    r"|ha\s+(?:en\s+)?(?:stryk|spö|däng|käftsmäll|snyting|på\s+käften|på\s+nöten|"
    r"(?:kula|kniv|kniven)\s+i\s+(?:magen|huvudet|skallen|pannan|halsen|ryggen)))\b"
    # a weapon to be tasted ("han kan ju få smaka på en brandbomb genom brevinkastet")
    r"|\b(?:borde|bör|ska|skall|kommer|förtjänar|måste|hoppas|kan)\b(?:\s+\S+){0,3}?\s+"
    r"få\s+smaka\s+på\s+(?:en\s+|ett\s+|min\s+|mitt\s+|mina\s+|lite\s+)?"
    r"(?:kniv|kniven|knivar|brandbomb|brandbomben|molotov\w*|batong\w*|knytnäv\w*|"
    r"knogjärn\w*|basebollträ\w*|kulor|kulan|bly|hagel|pistol\w*|bössan|geväret|yxan|"
    r"järnrör\w*|slägga\w*|käpp\w*|pepparspray\w*|stryk|sprängdeg\w*)\b"
)
_JUDGED_ACT = lazy(
    r"\s+(?:är|e|vore)\s+(?:ju\s+|bara\s+|helt\s+|rent\s+)?(?:idioti|dumt|fel|brottsligt|"
    r"olagligt|inte\s+ok\w*|ingen\s+lösning|fegt|sjukt|ett\s+brott)\b"
)
_TOLD_NOT_TO_SAY = lazy(
    r"\b(?:skriv|säg|skriva|säga|skriver|säger)\s+inte\s+att\s+(?:\S+\s+){0,3}$"
)
_IN_WORDS = lazy(
    r"[\s,.…!–—-]*(?:av\s+(?:mig|oss)[\s,.…!–—-]*)?"
    r"(?:med\s+(?:ord|frågor|argument|fakta|mejl|insändare)|i\s+ord|verbalt|i\s+debatten|"
    r"i\s+valet|i\s+argument|i\s+argumentationen|"
    r"i\s+form\s+av\s+(?:\S+\s+){0,2}?(?:yttrande\w*|överklagande\w*|mejl|insändare\w*|brev|"
    r"klagomål\w*|frågor|protest\w*|namninsamling\w*|skrivelse\w*|anmälan))\b"
)
"""After a beating promised: it is one of words ("en rejäl omgång, med ord alltså", "bygget
ska få en smäll av mig... i form av ett argt yttrande")."""
_BEATEN_SOON = lazy(
    r"\b(?P<who>\S+)\s+får\s+(?:sig\s+)?(?:en\s+|ett\s+)?(?:rejält\s+|ordentligt\s+)?"
    r"(?:stryk|spö|däng|på\s+käften|på\s+nöten|käftsmäll|snyting|kula|kulan|kniven)\s+"
    r"(?:imorgon|i\s+morgon|ikväll|i\s+kväll|inatt|i\s+natt|snart|nästa\s+gång|"
    r"efter\s+jobbet|på\s+\w+dag(?:en)?)\b"
)
"""A beating foretold in the present tense for a set time ("lappisen får stryk imorgon"):
the person is checked against the text (not "vi fick stryk", not a team)."""
_BEATEN_WHO = frozenset(["du", "ni", "han", "hon", "hen", "de", "dom", "dem"])
_BOMB_PLANTED = lazy(
    r"\b(?:det\s+(?:ligger|finns|sitter)|(?:jag|vi)\s+har\s+(?:placerat|lagt|gömt|satt))\s+"
    r"(?:en\s+|ett\s+)?(?:bomb|sprängladdning|rörbomb|bomber)\s+(?:i|på|under|vid|inne)\b|"
    r"\bbomben\s+(?:går\s+av|smäller|exploderar)\b"
)
"""A bomb said to be in place ("det ligger en bomb i matsalen på onsdag kl 11"): a threat
however it is meant (a question, a negation or a past report is not)."""
_EXERTION = (
    r"\s+(?:i|på|innan|före)\s+(?:\S+\s+)?(?:back\w*|uppförsback\w*|varv\w*|passet|"
    r"spåret|banan|gymmet|träningen|rundan|löprundan|loppet|milen|mål|målet|kurvan)\b"
)
"""Dying of effort in a race or a workout ("du kommer dö i första backen", "ni kommer dö
på passet"): banter, not a death foretold."""
_DIE = lazy(
    r"\b(?:du|ni|han|hon|dom|dem|de|snuten|politikerna|ni\s+alla|alla\s+ni)"
    r"(?:\s+(?:i|på)\s+[a-zåäö]+)?\s+"
    r"(?:ska|skall|kommer|kmr|kommmer)\s+(?:att\s+|o\s+|å\s+)?(?:fan\s+|jävlar\s+)?"
    r"(?:dö|dø|do|döö+)\b(?!\s+(?:av|för|när|om|ut|i\s+(?:skratt|förtvivlan))|" + _EXERTION + ")"
)
"""Death foretold to someone ("ni kommer att dö", "du ska dö"); not "dö av skratt", and not
"vi kommer alla att dö" (the speaker is not among its subjects)."""
_DIE_THEN = lazy(
    r"\b(?:så|då|annars)\s+(?:dör|döör+)\s+(?:du|ni)\b"
    r"(?!\s+(?:av|för|när|om|ut|i\s+(?:skratt|förtvivlan))\b|" + _EXERTION + ")"
)
"""Death as the consequence of a condition, to the reader ("tränger du dig igen så dör du"): a
threat. Of a third person it is more often a warning ("om ni inte plogar så dör hon")."""
_NAMED_DIE = lazy(
    r"\b(?P<who>[a-zåäö]+)(?:\s+(?P<who2>[a-zåäö]+))?\s+(?:ska|skall|borde|måste)\s+"
    r"(?:att\s+|o\s+)?(?:fan\s+|jävlar\s+)?dö\b"
    r"(?!\s+(?:av|för|när|om|ut|i\s+(?:skratt|förtvivlan))\b|" + _EXERTION + ")"
)
"""Death foretold to a named person or a person noun ("Kerstin ska dö", "handläggaren ska
fan dö"): the name or noun is checked against the text (not "gräset ska dö"). "Kommer att
dö" is left out: "Stina kommer att dö om ni inte plogar" is a resident's warning."""
_DEATH_TO = lazy(r"\b(?:döden|död)\s+åt\s+(?:alla\s+)?(?P<who>[a-zåäö]+)")
"""Death wished on someone as a slogan ("döden åt kulturchefen", "död åt alla X")."""
_BULLET_IN = lazy(
    r"\b(?:kula|kulor|kulan|skott|nackskott|kniv|kniven)\s+i\s+(?:huvudet|skallen|pannan|"
    r"nacken|bakhuvudet|tinningen|magen|halsen|strupen)\s+på\s+(?:hela\s+|alla\s+|varenda\s+|"
    r"den\s+där\s+|de\s+där\s+|dom\s+där\s+)?(?P<who>[a-zåäö]+)"
)
"""A bullet or a knife called for with no verb ("kula i huvudet på hela fullmäktige", "en
kniv i magen på den där handläggaren"). "en kniv i ryggen på föräldrarna" is a betrayal, so
the back is not a target here."""
_BULLET_REPORTED = lazy(
    r"\b(?:fick|fått|får|sköt|sköts|skjutit|skjutits|avlossade|avrättades|hittades|dog|avled|"
    r"polisen|rättegången|filmen|boken|serien|spelet|som\s+att)\b"
)
"""A shooting told, a story or a feeling ("polisen sköt en kula i huvudet på gärningsmannen",
"det kändes som att få en kula i huvudet"): not a call."""
_WHOEVER_DIE = lazy(
    r"\b(?:den|dom|de|alla|han|hon)\s+som\s+(?:\w+\s+){1,8}?(?:ska|skall|borde|måste)\s+"
    r"(?:fan\s+|jävlar\s+)?dö\b"
    r"(?!\s+(?:av|för|när|om|ut|i\s+(?:skratt|förtvivlan))\b|" + _EXERTION + ")"
)
"""Death foretold to whoever holds a role ("den som jobbar på snöjouren i natt ska dö", "alla
som röstade ja ska fan dö"): the relative clause names the people as a name would."""
_WARNING_AFTER = lazy(
    r"(?:\s+\S+){0,6}?\s+(?:om\s+(?:ingen|inte|ni\s+inte|kommunen\s+inte)|utan)\b"
)
_PITY_PROPERTY = lazy(
    r"\b(?:vore|skulle\s+va(?:ra)?|hade\s+varit)\s+(?:ju\s+|väl\s+)?(?:synd|tråkigt|trist|tragiskt)"
    r"\s+om\s+(?:lacken|bilen|rutan|rutorna|däcken|fönstren|huset|villan|båten|staketet|"
    r"tesla\w*|volvo\w*|\w*fasaden)\s+(?:(?:fick|får|skulle\s+få)\s+(?:en\s+|några\s+|lite\s+|"
    r"ett\s+)?(?:repa|repor|buckla|bucklor|hål|spricka|sprickor)|gick\s+sönder|går\s+sönder|"
    r"skulle\s+gå\s+sönder|krossades|började\s+brinna)\b"
)
"""Damage wished on a thing named after its owner was addressed ("du har en fin Tesla … Skulle
vara trist om lacken fick en repa"): only where the reader was spoken to before it."""
_YOU = frozenset(["du", "ni", "dig", "din", "ditt", "dina", "er", "ert", "era"])
_KNOW_WHERE = lazy(
    r"(?:\b(?:jag|ja|vi|i|we|i'll|we'll|jeg)\s+|^)(?:vet|känner\s+till|know|knows|ved\s+godt|vet\s+godt|"
    # finding out where someone lives is the same menace ahead ("I will find where you live",
    # "jag ska ta reda på var du bor")
    r"(?:will\s+|gonna\s+)?find(?:\s+out)?|(?:ska\s+|tänker\s+|har\s+)?(?:ta|tar|tagit)\s+reda\s+på)\s+"
    r"(?:exakt\s+|precis\s+|också\s+|mycket\s+väl\s+)?"
    r"(?:var|vart|vilken|vilket|vilka|när|where|which|what|who|hvor)\b"
    r"(?P<subj>(?:\s+\S+){1,4}?)\s+"
    r"(?:(?P<home>bor|lives?|sover)|kör|parkerar|jobbar|arbetar|går|hämtar|handlar|tränar|"
    r"gömmer|slutar|börjar|åker|tar|lämnar|cyklar|promenerar|rastar|ställer|står\s+parkerad|"
    r"go|goes|park|parks|work|works|drive|drives|leave|leaves|är|are)\b"
)
_KNOWING = re.compile(r"\b(?:vet|känner till|know|knows)\b")
"""Where a threat may rest on knowing where a named person lives: the names are read."""
_FAVOUR = re.compile(
    r"\b(?:kan|kunde|skulle|vill|could|can)\s+(?:du|ni|you)\b|\bsnälla\b|\bplease\b|"
    r"\bhämta\s+mig\b|\bskjuts\b|\bsamåk|\bska\s+vi\s+(?:ta|gå|äta|fika)\b|\bfika\b|"
    r"\blunch\b|\bi\s+mitt\s+hjärta\b"
)
"""A favour asked of the person or an invitation ("jag vet när du slutar, kan du hämta mig?",
"...ska vi ta en fika?"): knowing their routine is then a reason to ask, not a menace."""
_HOME_HARMLESS = re.compile(
    r"\b(?:han|hon|hen|de|dom)\s+är\s+(?:ju\s+)?(?:min|mina|vår|våra)\s+(?:granne|grannar|"
    r"kompis|kompisar|vän|vänner|svåger|kusin|bror|syster|svärfar|svärmor)\b|"
    r"\bi\s+\w+\s+(?:så\s*klart|sa\s*klart|förstås)\b|"
    r"\bvi\s+(?:är|e)\s+(?:ju\s+)?(?:grannar|kompisar|vänner|släkt|syskon)\b|"
    # how one knows: one's dog barks at them ("… för min Sixten skäller varje gång ni går förbi")
    r"\bför\s+(?:min|vår|mina|våra)\s+\w+\s+(?:skäller|gläfser|morrar|ylar)\b"
)
"""Where someone lives known for a harmless reason ("jag vet var ordföranden bor, han är min
granne", "vi vet var ni bor! i Vallentuna så klart 😄")."""
_SOMEONE_WROTE = re.compile(
    r"\b(?:nån|någon|ngn|han|hon|hen|de|dom|folk|en\s+\w+)\s+(?:har\s+)?(?:skrev|skrivit|"
    r"sa|sade|sagt|kommenterade|ropade|skrek)\s*(?:till\s+\w+\s*)?[:\"'”“]?\s*$"
)
"""Just before "jag vet var du bor": someone else's words, quoted without "att" ("Nån skrev
ja vet var du bor under Hedlunds inlägg")."""
_KNOW_TARGETS = frozenset(
    [
        "du",
        "ni",
        "han",
        "hon",
        "hen",
        "de",
        "dom",
        "dina",
        "era",
        "hans",
        "hennes",
        "hens",
        "deras",
        "din",
        "ditt",
        "ert",
        "you",
        "he",
        "she",
        "they",
        "his",
        "her",
        "your",
        "their",
    ]
)
_OWN = frozenset(["min", "mitt", "mina", "vår", "vårt", "våra", "jag", "vi", "my", "our"])
_DESERVE = lazy(
    r"\bförtjänar\s+(?:en\s+|ett\s+)?(?:rejäl\s+|ordentlig\s+)?(?:kula|kulor|kulan|stryk|"
    r"spö|bly|kniven|käftsmäll|snyting|kok\s+stryk|nackskott|att\s+dö|att\s+skjutas|"
    r"att\s+hängas|att\s+brinna|att\s+misshandlas|att\s+få\s+stryk)\b"
)
_GIVE = lazy(
    r"\b(?:ge|ger)\s+(?P<obj>\S+(?:\s+\S+)?)\s+(?:en\s+|ett\s+|lite\s+)?"
    r"(?:rejäl\s+|ordentlig\s+|riktig\s+|jävla\s+)?(?:omgång|käftsmäll|snyting|kula|kulan|"
    r"stryk|spö|däng|kok\s+stryk|åthutning|på\s+käften|på\s+nöten)\b"
)
_COST = lazy(
    r"\b(?:ska|skall|kommer(?:\s+att)?)\s+(?:få\s+)?kosta\s+"
    r"(?:honom|henne|hen|dig|er|dem|dom)(?P<dear>\s+dyrt|\s+skjortan)?"
    r"(?=\s*(?:[^\w\s,]|$|och\b))"
)
_WISH_EVENT = lazy(
    r"\b(?P<frame>hoppas|önskar|måtte|(?:bra|skönt|kul|bäst|najs|fint|toppen|härligt)\s+om|"
    r"förvåna\s+mig\s+om)\b(?P<mid>(?:\s+\S+){1,4}?)\s+"
    r"(?:brann|brinner|brinna|sprängdes|sprängs|exploderar|exploderade|rasar|rasade)\b"
)
_PITY_THREAT = lazy(
    r"\b(?:(?:vore|skulle\s+vara|hade\s+varit|är|e)\s+(?:ju\s+|väl\s+)?)?(?:synd|tråkigt|trist|tragiskt|hemskt)"
    r"\s+om\s+(?:(?:din|dina|ditt|er|era|ert|hans|hennes|deras)\b(?:\s+\S+){1,3}?\s+"
    r"(?:blev|blir|skulle\s+bli|råkade\s+bli)\s+(?:punkterad\w*|repad\w*|sönder\w*|"
    r"förstörd\w*|krossad\w*|skadad\w*|stulen|stulna|bränd\w*|nedbränd\w*)|"
    r"(?P<anything>(?:något|nåt|nånting|någonting)\s+(?:hände|händer|skulle\s+hända))\s+"
    r"(?:dig|er|honom|henne|dem|dom|med\s+(?:den|det|dig|er|honom|henne|dem|dom)\b|"
    r"(?:med\s+)?(?:din|dina|ditt|hans|hennes|deras|ert|era)\s+\S+))"
    # someone's house or car catching fire, wished in the conditional ("skulle vara tråkigt om
    # kommunalrådets sommarstuga fattade eld", "vore synd om hans bil brann upp")
    r"|\b(?:vore|skulle\s+vara)\s+(?:ju\s+|väl\s+)?(?:synd|tråkigt|trist|tragiskt|hemskt)\s+om\s+"
    r"(?:den\s+nya\s+|det\s+nya\s+)?(?:din|dina|ditt|er|era|ert|hans|hennes|deras|[a-zåäö]+s)\s+"
    r"(?:\S+\s+){0,3}?(?:fattade\s+eld|fattar\s+eld|brann|brinner|började\s+brinna|"
    r"fick\s+ett\s+gnistregn)"
)
"""A pity that is a threat: harm to the reader or to what is theirs, regretted in advance
("det vore tråkigt om dina däck blev punkterade", "synd om något hände dig", "synd om något
hände med den nu när alla vet var den ligger"). Pity about a thing that is no one's ("synd om
biblioteket stänger") stays pity."""
_RAM_THROUGH = re.compile(
    r"\b(?:(?:så\s+)?kör\s+(?:jag|vi|ja)|jag\s+kör|vi\s+kör|(?:jag|vi|ja)\s+ska\s+köra|"
    r"ska\s+(?:jag|vi)\s+köra)\s+(?:\S+\s+){0,2}?rakt\s+(?:igenom|in\s+i|över|på)\b"
)
_RAM_CONDITION = lazy(
    r"\b(?:står\s+(?:ni|du|de|dom)|ställer\s+(?:ni|du)\s+er|om\s+(?:ni|du|de|dom))\b"
)
"""The speaker driving a vehicle straight through people or their stall ("så kör jag rakt
igenom. 30 ton väntar inte på någon", "kör jag trucken rakt in i er nya glöggbod"): a threat,
sure when it follows a condition on people ("står ni på vägen igen …")."""
_PITY_FALL = lazy(
    r"\b(?:vore|skulle\s+vara|hade\s+varit|är|e)\s+(?:ju\s+|väl\s+|hä\s+|det\s+)?"
    r"(?:synd|tråkigt|trist|tragiskt)\s+om\s+(?P<who>\S+(?:\s+\S+){0,4}?)\s+"
    r"(?:råkade\s+|skulle\s+)?(?:halka|halkade|halkar|ramla|ramlade|ramlar|trilla|trillade|"
    r"snubbla|snubblade|falla|föll|sjunka|sjönk|drunkna|drunknade|"
    r"(?:gick|gå)\s+(?:genom|igenom)\s+isen)\b"
)
"""A fall regretted in advance for a person ("hä vore synd om ordförande halka i nån kväll",
"vore synd om någon av er halkade en mörk kväll"): a threat when another cue goes with it (a
dark evening, a place, a name). Said of "någon" it is the care of a resident who asks for
sand on the steps, and "ta broddar, vore synd om du halkade" has no second cue."""
_SEE_YOU_WHEN = frozenset(
    ["på", "i", "snart", "där", "imorgon", "ikväll", "nästa", "sen", "senare", "då", "vid"]
)
"""Right after "vi ser er": a time or a place, so a greeting ("vi ser er på fredag")."""
_TURN_TO_SUFFER = frozenset(
    ["dö", "minnesstund", "minnesstunden", "begravning", "kyrkogården", "stryk", "besök", "lida"]
)
"""After "snart är det din tur att …": a turn that is harm ("… att få en minnesstund")."""
_FALL_WHO = frozenset(["du", "ni", "han", "hon", "hen", "dom", "de"])
_SENTENCE_STOP = re.compile(r"[.!?\n]")
_SHOULD_BURN = lazy(
    r"(?P<mid>(?:\S+\s+){1,3}?)(?:borde|bör|ska|skall|får\s+gärna|kan\s+gärna)\s+"
    r"(?:(?!inte\b|aldrig\b|ej\b)\S+\s+)?(?:brinna|brännas|sprängas)\b(?!\s+(?:bort|loss)\b)"
    r"(?P<inside>(?:\s+\S+){0,3}?\s+inne\b)?"
)
"""A building wished burnt ("hela kommunhuset borde brinna med konsulterna inne"): the wish
of an arson, worse with people inside. Demolition ("borde rivas", "berget vid skolan ska
sprängas bort") is a view of a building or a building site."""
_WISH = frozenset(["hoppas", "önskar", "måtte", "vore", "bästa", "skönt", "wish", "hope"])
_PITY = frozenset(
    ["synd", "hemskt", "tråkigt", "tragiskt", "fruktansvärt", "farligt", "illa", "trist"]
)
"""A wish ("vore bra om någon...") calls for the act; pity ("vore synd om någon...") does
not, except "synd att ingen har...", which regrets that nobody has done it yet."""
_ADDRESS = lazy(
    r"\b(?:bor\s+på|bor\s+i|bor\s+kvar\s+(?:på|i)|adressen\s+(?:till|är)|numret\s+(?:till|är)|hemadress|"
    r"telefonnummer|mobilnummer|här\s+är\s+(?:adressen|numret|hans|hennes)|"
    r"(?:hans|hennes|deras|hens)\s+(?:adress|hemadress|nummer|telefonnummer))\b"
    r"|\b[a-zåäö]+(?:vägen|gatan|stigen|gränd|gränden|backe|backen|allé|allén|torg|"
    r"plan|slingan|vägen)\s+(?:\d{1,3}\b|nummer\s+[a-zåäö]+)"
    r"|\b[a-zåäö]+\s+[a-zåäö]+\s+\d{1,4}:\d{1,4}\b|\b[a-zåäö]+-[a-zåäö]+\s+\d{1,4}:\d{1,4}\b"
    r"|\blives\s+(?:at|on)\b"
    r"|\bfolkbokförd\w*\s+(?:på|i)\b|\bregistered\s+at\b|\bfolkbokföringsadress\w*"
    r"|\bbor\s+i\s+(?:det\s+|den\s+)?(?:[a-zåäö]+a\s+){1,2}(?:huset|lägenheten|radhuset|villan|stugan)\b"
    r"|\b0\d(?:\s?[-/.]?\s?\d){6,10}\b"
    # a private mailbox or an account handle to flood ("spamma henne på snap, emma.falt98")
    r"|[\w.+-]+@[\w-]+\.[a-z]{2,}|\b(?:snap|snapchat|insta|instagram|tiktok|ig)\s+(?:är\s+)?@[\w.]{3,}"
    # round 54: the person's identity number, whole or as birth date and last four
    r"|\b(?:19|20)?\d{6}[-+]?\d{4}\b|\bsista\s+(?:fyra|4)\b"
)
_HARASS = lazy(
    r"\b(?:gör\s+vad\s+(?:ni|du|man)\s+vill"
    # "... med broschyrerna" is an ordinary offer; "med den infon", "med honom" is not
    r"(?!\s+med\s+(?!(?:den|det|denna|detta|honom|henne|hen|dem|dom)\b))|berätta\s+för\s+(?:henne|honom|hen|dem|dom)\s+vad|"
    r"ring(?:a)?\s+(?:henne|honom|hen|dem|dom)\s+hela\s+(?:natten|dagen)|"
    r"ring\s+ring|tills\s+(?:hon|han|hen|de|dom)\s+ger\s+upp|"
    r"(?:ring|sms:a|smsa|skriv\s+till|knacka\s+på\s+hos)\s+"
    r"(?:henne|honom|hen|dem|dom)\s+och\s+(?:säg|fråga|fråga\s+själva|hör\s+efter)|"
    r"knacka\s+på\s+och\s+(?:säg|fråga)|säg\s+vad\s+ni\s+tycker|"
    r"säga\s+vad\s+man\s+tycker|så\s+(?:han|hon|hen|de|dom)\s+får\s+(?:lite\s+|ett\s+)?"
    r"(?:besök|veta|känna\s+på)|"
    r"ni\s+vet\s+vad\s+ni\s+ska\s+göra|sprid\s+(?:hans|hennes|deras)\s+(?:adress|nummer)|"
    # not "oavsett vad man tycker": someone must be told
    r"(?:tala\s+om|berätta|visa)\s+vad\s+man\s+tycker|ge\s+(?:henne|honom|dem)\s+ett\s+besök|"
    # an invitation to do something unnamed to the person whose address was just given
    r"gör\s+(?:det|vad)\s+som\s+behövs|"
    r"do\s+what(?:ever)?\s+you\s+want\s+with|"
    r"ge\s+(?:henne|honom|hen|dem|dom)\s+en\s+(?:liten\s+)?(?:hälsning|påminnelse|tanke)|"
    r"häls(?:a|ar)\s+(?:gärna\s+|ni\s+)?på\s+(?:henne|honom|hen|dem|dom)|"
    r"vet\s+var\s+ni\s+hittar\s+(?:henne|honom|hen|dem|dom)|"
    r"alla\s+vet\s+(?:vem|var)\s+(?:hon|han|hen|de|dom)\s+(?:är|bor|finns)|"
    r"sprid\s+och\s+agera|(?:adressen|numret)\s+om\s+(?:någon|nån)\s+vill|"
    r"ring\s+(?:henne|honom|hen|dem|dom)\s+(?:alla|hela\s+natten|gärna|mitt\s+i\s+natten)|"
    # round 12, in formal words: "Ordförandens adress: Linvägen 16. Utför.", "agera därefter",
    # "det står var och en fritt att promenera förbi", "rekommenderar ett hembesök"
    r"utför\s*[.!]|agera\s+därefter|act\s+accordingly|fritt\s+att\s+promenera\s+förbi|"
    r"promenera\s+förbi\s+och\s+(?:framföra|säga|tala\s+om|visa)|"
    # "hembesök" alone is the social services' word ("handläggaren har inte varit på hembesök")
    r"rekommenderar\s+(?:\S+\s+)?(?:ett\s+)?hembesök|"
    r"(?:ett\s+)?hembesök\s+hos\s+(?:henne|honom|hen|dem|dom)|pay\s+(?:him|her|them)\s+a\s+visit|"
    # the person whose home was just named is to hear it ("Dags att han får höra vad bygden
    # tycker. Vi ses där på lördag")
    r"(?:dags\s+att|så)\s+(?:han|hon|hen|de|dom)\s+får\s+höra\s+vad\b|"
    # round 82: everyone sent to wake the person whose number was just given ("ring och väck
    # skolchefen kl 3 varje natt"); "ring och fråga honom själv" is labelled a number shared
    # round 90: sent to the address just given to take something ("här e adressen: … gå dit
    # o ta mobilen av han, han förtjänar det")
    r"(?:gå|åk|kör|cykla|spring)\s+dit\s+(?:o|och|å)\s+(?:ta|hämta|snacka\s+med|prata\s+med|"
    r"visa|ge|lär)\b|"
    r"ring\s+och\s+(?:väck|väcka|skäll\s+på)\s+"
    r"(?:henne|honom|hen|dem|dom|[a-zåäö]+(?:en|n))\b|"
    r"väck\s+(?:henne|honom|hen|dem|dom|[a-zåäö]+(?:en|n))\s+(?:kl\.?\s*\d|mitt\s+i\s+natten|"
    r"varje\s+natt|på\s+natten)|"
    # anyone asked to pay the visit ("Artisten bor på Ormstavägen… Någon borde göra ett
    # hembesök och förklara"); not the social services', who are named
    r"(?:någon|nån|ngn|vi|ni|man)\s+(?:borde|bör|kan|ska|får)\s+(?:\S+\s+){0,2}?"
    r"(?:göra|avlägga)\s+(?:ett\s+)?(?:litet\s+)?hembesök|"
    r"(?:ifall|om)\s+(?:någon|nån|ngn|ni)\s+vill\s+(?:säga\s+hej|hälsa\s+på|besöka|knacka\s+på)|"
    r"(?:var\s+och\s+en|envar|den|man)\s+(?:\S+\s+){0,2}?göra\s+som\s+(?:den|man|han|hon|de)\s+vill|"
    # round 18: everyone told to flood the person ("ring henne ALLA klockan 03", "alla går in
    # och skriver till henne", "spamma henne på snap", "ring dem hemma under middagen") or to
    # know who they are ("nu vet ni vem som skriver", "alla ska veta hur han är")
    r"(?:alla|allihop|allihopa)\s+(?:ringer|mejlar|mailar|smsar|skriver\s+till|spammar|"
    r"går\s+in\s+och\s+skriver(?:\s+till)?)\s+(?:henne|honom|hen|dem|dom)\b|"
    r"spamma\s+(?:henne|honom|hen|dem|dom)\b|"
    r"ring\s+(?:henne|honom|hen|dem|dom)\s+hemma|(?:skriv|mejla|maila)\s+till\s+(?:henne|honom|"
    r"hen|dem|dom)[.!]?\s+alla\b|låt\s+(?:henne|honom|hen|dem|dom)\s+få\s+\d+\s+samtal|"
    r"nu\s+vet\s+ni\s+vem\b|alla\s+ska\s+veta\s+(?:hur|vem)\s+(?:han|hon|hen|de|dom)\s+är|"
    # round 24: around the clock, so that the person never rests; "if anyone else is interested"
    r"(?:skicka|skriv|ring|mejla|maila|sms:a|smsa)\s+(?:till\s+)?(?:honom|henne|hen|dem|dom)\s+"
    r"(?:\S+\s+){0,4}?dygnet\s+runt|så\s+(?:han|hon|hen|de|dom)\s+aldrig\s+får\s+"
    r"(?:vila|sova|ro|lugn)|(?:eller\s+)?om\s+(?:någon|nån)\s+annan\s+(?:är|skulle\s+vara)\s+"
    r"det\b|"
    # round 38: sent to the address to have it out with the person ("åk dit och prata med
    # honom ordentligt")
    r"(?:åk|gå|kör|dra)\s+dit\s+och\s+(?:prata|snacka|tala)\s+(?:\S+\s+)?med\s+(?:henne|honom|"
    r"hen|dem|dom)\b|"
    # round 66: sent there to disturb the person at night ("bor på Ormstavägen 31, gå dit o
    # kör ollies på hans uppfart hela natten")
    r"(?:åk|gå|kör|dra)\s+dit\s+(?:och|o|å)\s+(?:\S+\s+){0,6}?(?:hela\s+natten|mitt\s+i\s+"
    r"natten|på\s+natten|i\s+natt)|"
    # round 41: "gå dit och visa vad vi tycker", "knacka på och tacka för skattehöjningen"
    r"(?:åk|gå|kör|dra)\s+dit\s+och\s+(?:visa|säg|tala\s+om)\s+vad\s+(?:vi|ni|man)\s+tycker|"
    r"knacka\s+på\s+och\s+tacka|"
    # round 50: the number given "if anyone wants to ask her why" or have it out with him
    r"(?:om|ifall)\s+(?:någon|nån|ngn|ni|du)\s+vill\s+(?:fråga\s+(?:henne|honom|hen|dem|dom)\s+"
    r"varför|konfrontera|ta\s+(?:ett\s+)?snack\s+med|säga\s+(?:henne|honom|hen|dem|"
    r"dom)\s+(?:ett\s+och\s+annat|några\s+sanningens\s+ord))|"
    # round 52: "gör hennes liv till ett helvete" beside her address
    r"gör\s+(?:hans|hennes|hens|deras)\s+liv\s+(?:till\s+(?:ett\s+)?)?(?:helvete|surt)|"
    # round 54: her identity number given "so you can see what you find"
    r"\d{6}[-+]?\d{4}[.!]?\s+(?:kolla|se|googla|sök)\s+(?:upp\s+)?(?:vad|allt)\s+(?:ni|du|man)\s+"
    r"hittar)"
)
_EMOJI_WEIGHTS = {
    "👊": 0.2,
    "🔪": 0.3,
    "🔫": 0.3,
    "💣": 0.2,
    "🔥": 0.1,
    "😈": 0.1,
    "☠": 0.1,
    "⚰": 0.2,
    "🪓": 0.2,
    "🧨": 0.2,
    "💀": 0.1,
    "🩸": 0.1,
}
_EMOJI_CAP = 0.3
_FIRE_REPORTED = re.compile(r"\b(?:brann|brunnit|branden|brandkåren|räddningstjänsten|eldsvådan)\b")
"""A fire that happened ("förrådet brann i natt 🏠🔥"): the emoji illustrate a report."""
_HOUSE_FIRE = re.compile("🔥\\s?[🏠🏡🏘🕌⛪🏢]|[🏠🏡🏘🕌⛪🏢]\\s?🔥")
"""A home or a place of worship beside a flame: a fire wished on a building."""
_EMOJI_FROM = min(_EMOJI_WEIGHTS)
"""Every weighted emoji is at or above this code point: one scan (`max`, in C) rules out most
texts before the searches. A regex class up to U+10FFFF would cost ~8 ms to compile at import."""
_PLAN_EMOJI = ("😈", "🔥", "💪")
_PLAN_EMOJI_FROM = min(_PLAN_EMOJI)
_NEEDLES: dict[re.Pattern[str], tuple[str, ...]] = {
    _GET_PUNISHED: ("få", "ha"),
    _KNOW_WHERE: ("vet", "känner", "know", "find", "reda", "ved"),
    _DESERVE: ("förtjänar",),
    _GIVE: (
        "omgång",
        "käftsmäll",
        "snyting",
        "kula",
        "stryk",
        "spö",
        "däng",
        "åthutning",
        "käften",
        "nöten",
    ),
    _COST: ("kosta",),
    _WISH_EVENT: ("brann", "brinn", "spräng", "explodera", "rasa"),
    _PITY_THREAT: ("synd", "tråkigt", "trist", "tragiskt", "hemskt"),
    _PITY_PROPERTY: ("synd", "tråkigt", "trist", "tragiskt"),
    _PITY_FALL: ("synd", "tråkigt", "trist", "tragiskt"),
    _SHOULD_BURN: ("brinna", "brännas", "sprängas"),
    _HARASS: (
        " dit ",
        "höra vad",
        "väck",
        "hittar",
        "liv till",
        "liv surt",
        "dit och",
        "knacka",
        "vad",
        "säg",
        "får",
        "sprid",
        "besök",
        "behövs",
        "want",
        "hälsning",
        "påminnelse",
        "tanke",
        "hälsa",
        "om någon vill",
        "hittar",
        "alla vet",
        "om nån vill",
        "ring",
        "utför",
        "därefter",
        "accordingly",
        "förbi",
        "hembesök",
        "a visit",
        "som den vill",
        "som man vill",
        "som han vill",
        "som hon vill",
        "som de vill",
        "vill säga hej",
        "vill hälsa",
        "vill besöka",
        "vill knacka",
        "alla",
        "allihop",
        "spamma",
        "hemma",
        "samtal",
        "nu vet ni",
        "dygnet runt",
        "aldrig får",
        "nån annan",
        "någon annan",
    ),
}
"""Literals each pattern cannot match without: a few substring tests skip a regex scan that
would try every position of the text (the patterns open with `\\b`, which defeats the regex
engine's own prefix search)."""


def _finditer(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, skipped when a literal the pattern needs is missing."""
    if any(n in text for n in _NEEDLES[rx]):
        yield from rx.finditer(text)


VEILED_THRESHOLD = 0.5
INCITEMENT_THRESHOLD = 0.75
"""Organising cues must add up: removing signs after a race "i kväll" is not vandalism,
removing the road-work barriers "i natt" with a crowbar is."""


@dataclass(frozen=True, slots=True)
class Finding:
    detector: str
    score: float
    start: int
    end: int
    kind: str


_CONSEQUENCE = lazy(
    r"\b(?:borde|bör|ska|skall|måste|förtjänar\s+att)\s+(?!inte\b|aldrig\b)(?:\S+\s+){0,2}?"
    r"(?:få\s+sparken|sparkas|avgå|avsättas|omplaceras|bli\s+av\s+med\s+(?:jobbet|uppdraget)|"
    r"få\s+(?:\S+\s+)?(?:hjälp|stöd|plats|jobb|bostad|svar|ersättning|utbildning)|"
    # repaying or paying a fee is what a decision can order ("ska få betala tillbaka
    # bidraget"); "få betala för det" and "betala dyrt" stay open
    r"få\s+betala\s+(?:tillbaka|avgift\w*|böter|vite|skatt\w*|räkning\w*|faktura\w*))\b"
    # a job, a seat or votes lost ("det kommer att kosta honom jobbet"); "kosta dig dyrt"
    # stays open
    r"|\bkosta\s+(?:honom|henne|hen|dig|er|dem|dom|partiet|nämnden)\s+(?:\S+\s+)?"
    r"(?:jobbet|tjänsten|platsen|uppdraget|posten|mandatet|förtroendet|rösterna|valet|"
    r"ordförandeposten|karriären)\b"
)
"""A consequence the policy allows ("rektorn borde få sparken", "borde få bättre hjälp"):
the frame of a call for violence with a harmless object."""


def _cleared(text: str) -> bool:
    """No word of violence, weapon, slur or threat in the text, and either a harmless
    consequence or "jag vet var/när" about a place, not a person."""
    if triggers_of_violence().maybe(text) or not _PUNISHMENTS.isdisjoint(text.split()):
        return False
    if _CONSEQUENCE.search(text) is not None:
        return True
    m = _WHERE_THINGS_ARE.search(text)
    return m is not None and _KNOW_TARGETS.isdisjoint(m.group("what").split())


_OBJECTION = lazy(
    r"\b(?:anmäl\w*|polisanmäl\w*|polis\w*|inte\s+(?:ok|okej|oke|acceptabelt|roligt)|"
    r"skämt\w*|skämta\w*|vidrig\w*|äcklig\w*|skäms|skäm\w*|hot|hotet|hoten|hotfull\w*|"
    r"rädd|rädda|otäck\w*|obehaglig\w*|tas\s+bort|ta\s+bort|hets|olagligt|moderera\w*|"
    r"ta\s+hand\s+om)\b"
)
"""What a resident says of words they quote to object to them: reported, frightening, not ok."""


_SENT_BY_ME = lazy(
    r"\b(?:(?:jag|vi)\s+(?:\S+\s+)?(?:skrev|skickade|sa|sade|smsade|mejlade|svarade)|"
    r"(?:skrev|skickade|sa|sade|smsade|mejlade|svarade)\s+(?:jag|vi))\b"
)


def quoted_to_object(text: str) -> list[tuple[int, int]]:
    """The reported quotations of a text when the words around them object to them ("Han
    som skrev 'vore synd om nån' ovan borde anmälas", "Till den som skrev ”vi vet var du
    bor” på väggen: det har polisanmälts"); empty when nothing is quoted that way. A label in
    quotes ("’hemresegruppen’") is no quoted sentence, and a message the resident sent
    themselves ("detta sms skickade jag till grannen: ”…”") is their own."""
    if "'" not in text and '"' not in text and "”" not in text and "’" not in text:
        return []
    quotes = reported_quotes(text)
    if max((len(text[a:b].split()) for a, b in quotes), default=0) < 4:
        return []
    if _SENT_BY_ME.search(text) is not None:
        return []
    return quotes if _OBJECTION.search(_text_outside(text, quotes)) is not None else []


def _text_outside(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the spans (quotations) left out, the pieces joined by spaces."""
    pieces, last = [], 0
    for a, b in sorted(spans):
        pieces.append(text[last:a])
        last = max(last, b)
    pieces.append(text[last:])
    return " ".join(pieces)


_PUNISHMENTS = frozenset(
    [
        "kula",
        "kulan",
        "kulor",
        "spö",
        "stryk",
        "däng",
        "smäll",
        "snyting",
        "käften",
        "nöten",
        "bly",
        "kniven",
        "kniv",
    ]
)
_WHERE_THINGS_ARE = lazy(
    r"\bvet\s+(?:\S+\s+)?(?:var|vart)\s+(?P<what>(?:\S+\s+){1,3}?)"
    r"(?:ligger|finns|står|är\s+belägen)\b"
)
"""Knowing where a thing is ("jag vet var kommunhuset ligger"): a place, not a person."""


_VIOLENCE_LISTS: tuple[tuple[str, str | None], ...] = (
    ("threats", "kill"),
    ("threats", "harm"),
    ("threats", "destroy"),
    ("threats", "maim"),
    ("threats", "passive"),
    ("threats", "veiled"),
    ("incitement", "weapon"),
    ("incitement", "call"),
    ("slurs", None),
)
"""The words of violence, weapons, slurs and veiled threats (part of `triggers`)."""


@cache
def triggers_of_violence() -> Lexicon:
    """A text with one of these words is never cleared for a model finding."""
    return merged(*_VIOLENCE_LISTS)


class CrimeDetector(Detector):
    id = "crime"
    category = Category.CRIME

    def clears(self, ctx: Context) -> bool:
        return _cleared(ctx.folded.text)

    def unquoted(self, ctx: Context) -> Context | None:
        # The model reads words, not quotation marks: a threat quoted to report it weighs as
        # much as one made. Its finding must stand without the quoted words.
        view = ctx.folded
        quotes = quoted_to_object(view.text)
        if not quotes:
            return None
        text, last, parts = ctx.text, 0, []
        for a, b in sorted(quotes):
            start, end = view.span(a, b)
            if start < last:
                continue
            parts += [text[last:start], "…"]
            last = end
        parts.append(text[last:])
        event = ctx.event.model_copy(update={"text": "".join(parts)})
        return Context(event, ctx.policy, recent=ctx.recent)

    def analyze(self, ctx: Context) -> list[Signal]:
        found: dict[str, tuple[float, list[Span]]] = {}
        seen: set[tuple[str, int, int]] = set()
        names: frozenset[str] | None = None
        for view in views(ctx):
            if not relevant(view.text):
                continue  # most items: no trigger word, and no need to look for names
            if names is None:
                names = named_or_tagged(ctx.text)
            if names and (
                tagged("threats", "kill").maybe(view.text)
                or " dö" in view.text
                or _KNOWING.search(view.text) is not None
            ):
                findings = analyze_text(view.text, names)
            else:
                # A name only counts as the object of a verb of killing; without one the
                # findings are those the abusive detector has already asked for, cached under
                # the text alone (passing an empty set would be a second cache key).
                findings = analyze_text(view.text)
            for f in findings:
                start, end = view.span(f.start, f.end)
                score, spans = found.get(f.detector, (0.0, []))
                if (f.detector, start, end) not in seen:
                    seen.add((f.detector, start, end))
                    spans.append(Span(start, end, f.kind))
                found[f.detector] = (max(score, f.score), spans)
        if not found:
            return []  # most items; skips building an empty comprehension
        return [
            Signal(det, self.category, max(0.0, min(1.0, score)), tuple(spans))
            for det, (score, spans) in found.items()
        ]


@cache
def triggers() -> Lexicon:
    """The words without one of which neither this detector nor `abusive` can fire: most
    comments stop at this one test (shared, so it is made once per text)."""
    return merged(
        *_VIOLENCE_LISTS,
        ("incitement", "tool"),
        ("incitement", "remove"),
        ("hate", "group"),
        ("insults", None),
        ("crime_triggers", None),
    )


@lru_cache(maxsize=64)
def relevant(text: str) -> bool:
    # Dog whistles are typography and digits, and arson can be an emoji sum ("🕌 + 🔥"),
    # which no word list holds.
    return (
        triggers().maybe(text)
        or "(((" in text
        or "88" in text
        or ("🔥" in text and ("+" in text or "snart" in text))
        or (any(e in text for e in "🔥💣🧨") and _FIRE_AS_VERB.search(text) is not None)
        or ("med " in text and any(e in text for e in "🪓🔪🔫💣🗡"))
        or (" som " in text and _WHOEVER_GETS_A_BLADE.search(text) is not None)
    )


def analyze_view(view: NormalizedText) -> tuple[Finding, ...]:
    """Every crime finding in one view, offsets into the view's text (cached by that text:
    the abusive detector asks for the same)."""
    return analyze_text(view.text)


@lru_cache(maxsize=256)
def analyze_text(text: str, names: frozenset[str] = frozenset()) -> tuple[Finding, ...]:
    """Every finding in one view; `names` are words that stand for a named person (a
    threat to kill them is a threat like "döda henne")."""
    if not relevant(text):
        return ()
    # Read an inverted main clause in the order the grammar knows: "så slår jag ihjäl honom"
    # as "så jag slår ihjäl honom" (the same length, so every offset still fits the text).
    swapped = (
        [(m.start(1), m.end(2)) for m in _INVERTED.finditer(text)] if _may_be_inverted(text) else []
    )
    p = parse_text(_INVERTED.sub(_straighten, text) if swapped else text)
    violence = _violence(p, names)
    out = [f for f in violence if f.score >= VEILED_THRESHOLD]
    out += _veiled(p, [f for f in violence if f.score < VEILED_THRESHOLD], names)
    out += _incitement(p)
    out += hate_speech(p, out)
    out += _doxxing(p)
    out += _fire_party(p)
    out += _criminal_service(p)
    out += urging_suicide(p)
    out += _trap_or_extortion(p)
    if swapped:
        # A finding that starts at the moved verb ("jag sticker dig" read from "sticker jag
        # dig") is shown from the verb as written, not from the middle of a word.
        out = [_widened(f, swapped) for f in out]
    return tuple(_unnamed_crimes(text, _unquoted(text, out)))


_NAMED_AS_CRIME = re.compile(
    r"\b(?:ett\s+brott|brottsligt|olagligt|förbjudet|straffbart|inte\s+tillåtet)\s+att\s+$"
)


def _unnamed_crimes(text: str, found: list[Finding]) -> list[Finding]:
    """Drop findings right after "det är ett brott att …" ("Det är ett brott att lägga ut spik,
    punkt"): the act is named as a crime, not called for."""
    if not found or " att " not in text:
        return found
    return [f for f in found if not _NAMED_AS_CRIME.search(text, max(0, f.start - 30), f.start)]


def _widened(f: Finding, swapped: list[tuple[int, int]]) -> Finding:
    for a, b in swapped:
        if a < f.start < b:
            return Finding(f.detector, f.score, a, max(f.end, b), f.kind)
    return f


_REPORTED = re.compile(
    r"\b(?:fick|fått|skrev|skrivit|skriver|skriva|skickade|skickat|sa|sade|ropade|hotade|hotad|hotades|"
    r"sprayat|sprayade|klottrat|klottrade|kallade|kallades|kallat|kallas|mejl\w*|mail\w*|sms\w*|"
    r"skrek|skrikit|skriker|ropar|ropat|stod|står|sprejat|sprejade|sprayad|sprejad|"
    # heard or read from others, or talked about ("får jag höra ’…’", "kommentarer som pratar
    # om att ’…’", "läsa att de är ’…’")
    r"höra|hört|hörde|läsa|läser|läst|läste|pratar|pratade|kommentar|kommentarer|"
    # a line quoted from a film or a song as such ("klassiker!", "repliken i trailern")
    r"replik|repliken|repliker|klassiker|klassikern|trailer|trailern|citat|citatet|filmcitat|"
    # a phrase talked about as a phrase ("formuleringar om att ”ta saken i egna händer”")
    r"formulering\w*|uttryck|uttrycket|uttrycken|uttalande\w*|"
    # a note or a post going round with the words on it ("en lapp med texten '…' cirkulerar")
    r"texten|lapp|lappen|lappar|lapparna|cirkulerar|cirkulerade|delas|delades|"
    r"polis\w*|anmäl\w*|rädd|rädda|obehagligt?|got|received|reported|"
    # threats talked about as such ("hur folk hotar varann på snap? typ ’du e död imorgon’")
    r"hotar|hoten|hotet)\b"
)


def reported_quotes(text: str) -> list[tuple[int, int]]:
    """The quoted stretches of a text whose words outside the quotes report them ("jag fick
    'vi ses snart 🔪' i ett sms", "någon har sprayat ”…” på busskuren", "jag kallades
    ”…” varje dag"): what a resident received or saw, not what they say. Empty when the text
    quotes nothing or reports nothing. Words said to the resident after a colon count as
    quoted too ("en man sa till mig på bussen: jag ska slå dig. jag blev rädd")."""
    said = [m.span(1) for m in _SAID_COLON.finditer(text)] if ":" in text else []
    quotes = quoted_spans(text)
    if not quotes:
        return said
    return (quotes if _REPORTED.search(_text_outside(text, quotes)) else []) + said


_SAID_COLON = re.compile(
    r"\b(?:sa|sade|skrek|ropade|väste)\s+(?:till\s+)?(?:mig|oss|min\s+\w+|mina\s+\w+)"
    r"(?:\s+[^\s:.!?]+){0,4}?:\s*([^.!?\n]{2,200})"
)
"""Words said to the writer or their family, given after a colon: reported speech."""


def _unquoted(text: str, found: list[Finding]) -> list[Finding]:
    """Drop findings that start inside a reported quotation (`reported_quotes`): the resident
    is the one threatened, not the one threatening, and a slur they quote is not theirs even
    when a word outside the quote completes the pattern ("sprayat ”…” på tunneln, kan ni
    sanera det?")."""
    quotes = reported_quotes(text) if found else []
    if not quotes:
        return found
    return outside(found, quotes)


def _negated(words: list[Token] | list[str]) -> bool:
    return any((w if isinstance(w, str) else w.text) in NEGATIONS for w in words)


_PLACE_PREPOSITIONS = frozenset(
    ["vid", "utanför", "nära", "bakom", "framför", "förbi", "runt", "längs", "mellan"]
)
"""Right after a verb of destruction: where, not what ("sänka vid skolan" is the speed)."""


def _object(
    p: Parsed, j: int, kind: str, names: frozenset[str] = frozenset()
) -> Token | Hit | None:
    """The person (or, for destruction, the thing) a verb ending at token j acts on. A
    name counts only after a verb of killing: "slå Täby på lördag" is football."""
    if kind == "maim":
        return _maimed(p, j)
    after = p.after(j, 4)
    if kind == "destroy" and after[:1] and after[0].text in _PLACE_PREPOSITIONS:
        return None  # "klart man ska sänka vid skolan": the speed, near the school
    for k, t in enumerate(after):
        if (
            kind == "kill"
            and t.text in _RELATIVE_HEADS
            and after[k + 1 : k + 2]
            and after[k + 1].text == "som"
        ):
            clause = {w.text for w in p.after(j + k + 1, 8)}
            if clause & _TRIVIAL_DEEDS or clause & _SWEET_WEAPONS:
                return None  # "jag ska döda den som tar sista lussekatten 😤": a joke
            return t  # "slå ihjäl den som skrev detta": whoever it is, a person
        if t.text in PRONOUN_TARGETS and t.text not in ("de", "hon", "han", "du", "ni"):
            if t.text in _THIRD_PLURAL and (
                _animals_before(p, j) or not _PEST_TOOLS.isdisjoint(p.words(j + k + 1, j + k + 4))
            ):
                return None  # "skjut dom" after "vildsvinen", "dödar dem med dammsugaren"
            return t
        if kind == "kill" and t.text in names:
            return t
        person = p.person_at(j + k, j + k + 1)
        if person is not None:
            if kind == "destroy" and person.form.endswith("s") and after[k + 1 : k + 2]:
                # "krossa grannarnas argument": the owner named; what is owned must be a target
                owned = after[k + 1].text
                if owned in _BODY_PARTS or tagged("incitement", "target").word(owned):
                    return after[k + 1]
                return None
            return person
        for tag in ("body", "target") if kind == "destroy" else ("body",):
            if tagged("incitement", tag).word(t.text) is not None:
                return t
        # A body part of someone else's ("krossa din skalle", "slå sönder ditt ansikte").
        if t.text in _BODY_PARTS and k and after[k - 1].text in _OTHERS_POSSESSIVE:
            return t
        # A group of people named outright ("döda alla muslimer", "skjut invandrarna").
        if _a_group(t.text):
            return t
        if t.text not in _OBJ_DETERMINERS and k >= 1:
            break
    return None


def _maimed(p: Parsed, j: int) -> Token | Hit | None:
    """The body part a verb of maiming ending at token j breaks, when it is a person's ("bryta
    benen på honom", "spräcka läppen på dig", "bryta varenda ben i kroppen på henne"); "bryta
    benet i slalombacken" and "knäcka nöten" name no one else."""
    after = p.after(j, 8)
    for k, t in enumerate(after[:4]):
        if t.text not in _BODY_PARTS:
            continue
        if k and after[k - 1].text in _OTHERS_POSSESSIVE:
            return t  # "bryta dina ben"
        for m in range(k + 1, min(k + 5, len(after) - 1)):
            if after[m].text in ("på", "av"):
                n = m + 1
                while n < len(after) - 1 and after[n].text in _OBJ_DETERMINERS:
                    n += 1  # "på den där politikern"
                target = after[n]
                if target.text in PRONOUN_TARGETS or p.person_at(j + n, j + n + 1):
                    return t
                return None
        return None
    return None


_RELATIVE_HEADS = frozenset(["den", "de", "dem", "dom", "han", "hon", "alla"])
_GRAFFITI_CALL = re.compile(
    r"\b(?:vi\s+)?(?:skriver|skriva|målar|måla|sprayar|spraya|sprejar|spreja)\s+"
    r"(?!(?:en\s+|ett\s+)?(?:tavla|mural|målning|bild|konstverk)\b)(?:\S+\s+){1,3}?"
    r"(?:över|på)\s+(?:hela\s+)?(?:fasaden|väggen|väggarna|muren|porten|entrén|kommunhuset)\b"
    r"(?=[^.!?]*\b(?:i\s+natt|inatt|ikväll|i\s+kväll|möts|ses|\d{1,2}[:.]\d{2}))"
)
"""A slogan to be painted on a building tonight ("vi skriver KEPSFRIHET över hela fasaden i
natt, möts vid cykelstället 23:00"): vandalism planned, not a mural."""
_BRING = frozenset(["ta", "tar", "ha", "kom", "kommer"])
_WITH = frozenset(["med", "mä", "mé", "me"])
""""med" as written and as said in dialect ("ta mä ägg å fiskrens te samrådet")."""
"""Before "med" and a weapon or a tool: bring it ("ta med ägg och smällare", "kom med ägg")."""
_PEST_TOOLS = frozenset(
    [
        "dammsugaren",
        "dammsugare",
        "flugsmällan",
        "flugsmälla",
        "myggsmällan",
        "myggspray",
        "myggsprayen",
        "insektsspray",
        "insektssprayen",
        "tofflan",
        "getingfällan",
        "flugpapper",
    ]
)
"""What insects are killed with ("dödar dem med dammsugaren"): "dem" are not people."""
"""Heads of a relative clause that name whoever did something ("den som skrev detta", "alla
som röstade ja"); only after a verb of killing, where the object can only be a person."""
_TRIVIAL_DEEDS = frozenset(
    [
        "sista",
        "kaffet",
        "kaffe",
        "lussekatten",
        "lussekatterna",
        "kakan",
        "bullen",
        "mjölken",
        "godiset",
        "pizzan",
        "snö",
        "snön",
        "uppfann",
        "chips",
        "godis",
        "tangentbordet",
        "kexchokladen",
        "glassen",
    ]
)
"""What whoever did was too small for the killing to be meant: the last coffee, the one who
invented snow or Mondays ("den som tar sista kaffet", "den som uppfann snö")."""
_BODY_PARTS = frozenset(
    [
        "ansikte",
        "ansiktet",
        "skalle",
        "skallen",
        "huvud",
        "huvudet",
        "näsa",
        "näsan",
        "käke",
        "käken",
        "käft",
        "käften",
        "tänder",
        "tänderna",
        "ben",
        "benen",
        "armar",
        "armarna",
        "knän",
        "knäna",
        "nacke",
        "nacken",
        "strupe",
        "strupen",
        "revben",
        "revbenen",
        "fingrar",
        "fingrarna",
        "läpp",
        "läppen",
        "läpparna",
        "ögon",
        "ögonen",
        "hals",
        "halsen",
        "kropp",
        "kroppen",
        "face",
        "legs",
        "head",
    ]
)
_OTHERS_POSSESSIVE = frozenset(
    ["din", "ditt", "dina", "er", "ert", "era", "hans", "hennes", "deras", "your", "his", "her"]
)
_SECOND_PERSON = frozenset(["dig", "er", "din", "ditt", "dina", "ert", "era", "you", "your"])


def _addressed(p: Parsed, j: int, obj: Token | Hit) -> bool:
    """Whether the object after the verb ending at token j is the reader or the reader's
    ("dig", "din bil", "ditt ansikte")."""
    span = [t.text for t in p.after(j, 4) if t.start <= obj.start]
    return any(w in _SECOND_PERSON for w in span)


_THIRD_PLURAL = frozenset(["dom", "dem", "they", "them"])
_ANTECEDENT_WINDOW = 30


_PEST_CONTROL = re.compile(
    r"\b(?:\w*fäll\w*|\w*gift\w*|bete\w*|betes\w*|skadedjur\w*|sanering\w*|sanera\w*|"
    r"anticimex|svans\w*|katt\w*|kloak\w*|avlopp\w*|sop\w+|kompost\w*|hagel\w*|luftgevär\w*|"
    r"proffsen|skadedjursbekämp\w*|källare\w*)"
)
"""Traps, poison, bait, a pest firm, a cat, bins: rats talked about as rats."""


def _animals_before(p: Parsed, j: int) -> bool:
    """Whether "dom" after the verb at token j stands for animals: the nearest noun before it
    that can be a target is game or a pest ("vildsvinen ... skjut dom allihop"; rats only where
    the text is about pest control), and the text names no group of people "dom" could be."""
    if tagged("hate", "group").maybe(p.text) or load("slurs").maybe(p.text):
        return False
    animals = tagged("incitement", "animal")
    pests = tagged("incitement", "pest")
    for i in range(j - 1, max(-1, j - _ANTECEDENT_WINDOW), -1):
        t = p.tokens[i]
        if p.person_at(i, i + 1) is not None:
            return False
        if animals.word(t.text) is not None:
            return True
        if pests.word(t.text) is not None:
            return _PEST_CONTROL.search(p.text) is not None
    return False


_CLAUSE_SUBJECTS = frozenset(
    [
        *_FIRST_PERSON,
        "du",
        "ni",
        "han",
        "hon",
        "hen",
        "de",
        "dom",
        "det",
        "den",
        "man",
        "alla",
        "någon",
        "nån",
        "ingen",
        "folk",
        "polisen",
        "jag",
        "vi",
        "som",
        "att",
        "om",
        "när",
        "if",
    ]
)


def _second_imperative(p: Parsed, i: int, words: list[str]) -> bool:
    """The verb at token i is the second of two imperatives joined by "och": the clause opens
    with a verb, not a subject ("blockera vägen och sätt fyr på dem", not "polisen kom och
    satte fyr på …", "vi samlas och tänder på …")."""
    if not (2 <= len(words) <= 5 and words[-1] in ("och", "sen", "sedan")):
        return False
    if not _CLAUSE_SUBJECTS.isdisjoint(words):
        return False
    verb = p.tokens[i].text
    return not verb.endswith(("r", "de", "te")) and words[0].endswith(("a", "ä", "å"))


def _agent(p: Parsed, i: int) -> tuple[str, float] | None:
    """Who says the verb at token i will happen: the speaker (threat), others (call)."""
    before = p.before(i, 6)
    words = [t.text for t in before]
    if "ingen" in words and ("synd" in words or "varför" in words) and "inte" not in words:
        return ("crime.incitement", 0.8)  # "synd att ingen har tänt på..."
    if _negated(before):
        return None
    if (
        any(w in _WISH for w in words)
        and any(w in _CALLERS for w in words)
        and not any(w in _PITY for w in words)
    ):
        return ("crime.incitement", 0.8)  # "bästa vore om någon...", "hoppas nån..."
    if not words or (len(words) == 1 and words[0] in _IMPERATIVE_LEAD):
        if p.tokens[i].text.endswith(("ade", "ades", "ats")):
            return None  # "krossade rutor på bodarna igen": the past, not an order
        if (
            p.tokens[i].text.endswith("r")
            and not _SUBJECT_AFTER.isdisjoint(p.words(i + 1, i + 2))
            and _in_a_question(p, p.tokens[i].end)
        ):
            return None  # "spränger dom på lördagar också?": the present tense asked
        return ("crime.incitement", 0.85)  # an imperative at the start of a clause
    if _second_imperative(p, i, words):
        return ("crime.incitement", 0.85)  # "blockera vägen och sätt fyr på soptunnorna"
    if len(words) <= 2 and words[0] in ("ska", "skall", "tänker", "kommer"):
        return ("crime.threat", 0.85)  # the subject dropped: "ska slå sönder din bil"
    has_first = any(w in _FIRST_PERSON for w in words)
    if has_first and any(w in _MODALS for w in words):
        return ("crime.threat", 0.9)
    if any(w in _CALL_MODALS for w in words) and (
        any(w in _CALLERS for w in words) or any(w in _CALL_WORDS for w in words) or has_first
    ):
        return ("crime.incitement", 0.85)
    if "dags" in words and "att" in words:
        return ("crime.incitement", 0.85)
    if "får" in words and _LEAVE_GIVEN.search(p.text) is not None:
        # "då får ungdomarna krossa fönstren istället, jag säger bara go ahead": leave given
        return ("crime.incitement", 0.8)
    if words[-2:] == ["låt", "oss"]:
        return ("crime.incitement", 0.85)  # "låt oss bränna ner kommunhuset"
    if (
        "kan" in words
        and words.index("kan") + 1 < len(words)
        and words[words.index("kan") + 1] in _CALLERS
    ):
        return ("crime.incitement", 0.85)  # "kan någon bara döda den där politikern"
    consequence = len(words) >= 2 and words[-2] in _CONSEQUENCE_LEADS and words[-1] in _FIRST_PERSON
    if has_first and (consequence or not _CONDITIONAL.isdisjoint(t.text for t in p.before(i, 14))):
        # In a condition the present tense is a promise: "rör ni min hund igen så jag slår
        # ihjäl honom", "nästa gång ... så slår jag sönder rutan".
        return ("crime.threat", 0.85)
    if (
        not _SOON.isdisjoint(words)
        and any(w in _FIRST_PERSON and w != "i" for w in words)
        and p.tokens[i].text.endswith(("r", "er"))
    ):
        # The present tense with a time ahead is a plan: "i natt krossar vi varenda kamera"
        # ("i natt krossade nån …" reports the night before).
        return ("crime.threat", 0.85)
    if has_first:
        return ("crime.threat", 0.4)  # "...och slår sönder rutan": needs another cue
    return None


_LEAVE_GIVEN = re.compile(
    r"\b(?:go\s+ahead|kör\s+bara|för\s+min\s+del|gärna\s+för\s+mig|be\s+my\s+guest|"
    r"varsågoda|varsågod|ni\s+har\s+mitt\s+godkännande)\b"
)
"""Leave given to others' violence ("… får krossa fönster, go ahead", "för min del")."""
_SUBJECT_AFTER = frozenset(["dom", "de", "ni", "han", "hon", "man", "du", "den", "det", "vi"])
"""The subject right after a clause's first verb: a question ("spränger dom på lördagar?")."""
_SOON = frozenset(["inatt", "natt", "ikväll", "kväll", "imorgon", "imorn", "morgon", "tonight"])
_CONSEQUENCE_LEADS = frozenset(["så", "då", "annars"])
"""A clause that starts "så jag ..." / "då vi ..." (an inverted one, straightened) is the
consequence of a condition: "rör ni min katt igen, då knivhugger jag er"."""
_CONDITIONAL = frozenset(["om", "annars", "ifall", "gång", "isåfall", "iså", "if", "otherwise"])
_INVERTED = lazy(
    r"\b(?:så|då|annars|sen|sedan|nu|imorgon|imorn|ikväll|inatt|natt|kväll|direkt|snart|"
    r"gladeligen|till)"
    r" (?!jag\b|ja\b|vi\b|att\b|inte\b|är\b|e\b)([a-zåäö]{2,}) (jag|ja|vi|jeg)\b"
)
"""A main clause with its subject after the verb (Swedish word order after an adverb or a
condition): "så slår jag", "då kommer vi", "annars bränner jag", "en gång till sticker jag"."""


def _may_be_inverted(text: str) -> bool:
    return " jag" in text or " ja " in text or " vi " in text or " jeg" in text


def _straighten(m: re.Match[str]) -> str:
    verb, subject = m.group(1), m.group(2)
    lead = m.group(0)[: m.start(1) - m.start(0)]
    return f"{lead}{subject} {verb}"


_WHOEVER = frozenset(["den", "de", "dom", "dem", "alla", "var", "varje", "folk", "those"])
_BLI_WISH = frozenset(["borde", "bör", "ska", "skall", "förtjänar", "hoppas", "önskar"])
"""What makes "bli överkörd" a wish: "han borde bli överkörd", "hoppas hon blir påkörd"."""
_BLI_WORRY = frozenset(
    [
        "behöva",
        "behöver",
        "riskera",
        "riskerar",
        "risk",
        "innan",
        "tills",
        "tror",
        "trodde",
        "rädd",
        "rädda",
        "känns",
        "kändes",
    ]
)
"""What makes it a worry: "ska ett barn behöva bli påkört", "innan någon blir överkörd", "så
mörkt att man tror man ska bli mördad"."""


def _bli_wished(p: Parsed, before: list[Token], j: int) -> bool:
    """A passive with "bli" wished on someone (not foretold with "kommer", not feared, not
    asked about): "den som körde borde själv bli överkörd"."""
    words = {t.text for t in before}
    if words.isdisjoint(_BLI_WISH) or not words.isdisjoint(_BLI_WORRY):
        return False
    end = _SENTENCE_STOP.search(p.text, p.tokens[j - 1].end)
    return end is None or end.group() != "?"


def _animate(p: Parsed, i: int, j: int) -> bool:
    """Whether the clause of a passive at tokens [i, j) is about people ("politikerna borde
    skjutas", "de borde hängas allihop"), not pests or things ("sniglarna borde utrotas")."""
    near = p.before(i, 6) + p.after(j, 2)
    if any(t.text in PRONOUN_TARGETS or t.text in _CALLERS for t in near):
        return True
    clause = p.before(i, 12)
    for k, t in enumerate(clause):
        if t.text == "som" and k > 0:
            if clause[k - 1].text in _WHOEVER:
                return True  # "den som röstar på X borde hängas"
            w = p.index(clause[k - 1].start, clause[k - 1].end)[0]
            if p.person_at(w, w + 1) is not None:
                return True  # "föraren som smet borde själv bli påkörd"
    if near:
        a, b = p.index(near[0].start, near[-1].end)
        if p.person_at(a, b) is not None:
            return True
    text = " ".join(t.text for t in near)
    return any(
        lex.search(text) is not None
        for lex in (tagged("hate", "group"), load("slurs"), load("insults"))
    )


_IN_GAME = frozenset(["i", "på", "för"])
"""Before a game: "i fifa", "på planen", "ses för fifa"."""
_GAME_DETERMINERS = frozenset(
    [
        "en",
        "ett",
        "den",
        "det",
        "nästa",
        "kvällens",
        "helgens",
        "första",
        "andra",
        "tredje",
        "sista",
    ]
)
_GAMES = frozenset(
    [
        "tävling",
        "tävlingen",
        "dragkampen",
        "dragkamp",
        # a dance battle or karaoke ("jag kommer mörda dig på dansgolvet 😂")
        "dansgolvet",
        "dansbattle",
        "dansbattlen",
        "battle",
        "battlen",
        "karaoken",
        # a race track ("jag slår dig på banan på lördag 😎🏁"); "banan" the fruit is no place
        "banan",
        "racet",
        "heatet",
        "fifa",
        "spelet",
        "spel",
        "matchen",
        "match",
        "finalen",
        "final",
        "schack",
        "schacket",
        "turneringen",
        "planen",
        "rinken",
        "fortnite",
        "minecraft",
        "cs",
        "pingis",
        "padel",
        "backgammon",
        "yatzy",
        "poker",
        "biljard",
        "minigolf",
        "brännboll",
        "kubb",
        "boule",
        "tennis",
        "innebandy",
        "fotboll",
        "frågesporten",
        "quizet",
        "quiz",
        "brädspelet",
        "monopol",
        "kortspelet",
        "bowling",
        "bowlingen",
        "powerplay",
        "boxplay",
        "isen",
        "mittfältet",
        "mattan",
        "derbyt",
        "serien",
        "kvalet",
        "snöbollskrig",
        "snöbollskriget",
        "milen",
        "loppet",
        "chins",
        "frågorna",
        "musikfrågorna",
        "tipspromenaden",
        "armbrytning",
        "armbrytningen",
        "semifinalen",
        "kvartsfinalen",
        "läktaren",
        "krysset",
        "perioden",
        "perioder",
        "fotbollen",
        "hockeyn",
        "hockey",
        "bandyn",
        "bandy",
        "innebandyn",
        "handbollen",
        "handboll",
        "basketen",
    ]
)


_GAME_EMOJI = ("⚽", "🏒", "🎮", "🏀", "🏆", "🥅", "🏐", "🎾", "🏓", "🕹")
"""A ball, a stick, a trophy or a game controller beside the words: a match or a game."""
_GAME_ENDINGS = ("tävlingen", "tävling", "matchen", "finalen", "turneringen", "cupen", "loppet")
"""A contest named by a compound ("pimpeltävlingen", "skolmatchen", "julcupen")."""
_CHEERS = frozenset(
    [
        "heja",
        "hejja",
        "hejaa",
        "heeja",
        "allez",
        "forza",
        "gg",
        "ggwp",
        "rundan",
        "respawn",
        "jk",
        "jkjk",
        "revansch",
    ]
)
"""A cheer names the speaker's team: "vi ska krossa dem på lördag!! Heja VBK" is a match; a
gamer's "gg" or "rundan" names the game ("ni e döda innan rundan börjar 🔫 gg")."""


_SCORE = re.compile(r"(?<![\d:.])(?<!kl )(?<!klockan )\b(?:1?\d)\s?[-–]\s?(?:1?\d)\b(?![-–:./]?\d)")
"""A match score ("4-0 minst", "3–1 till oss"): the violence beside it is a team's. Not a
time ("kl 17-18") or a date ("3-4/5")."""


_CONTEST = re.compile(
    r"\b(?:vinner|vann|vinna|förlorar|förlorade|förlora|torskar)\s+(?:över|mot)\b"
    # a youth team by its age class ("vi krossar er på söndag P16")
    r"|\b[pf](?:0[6-9]|1[0-9])\b"
    # one side against another ("personalen vs eleverna dansbattle")
    r"|\b\w+\s+(?:vs\.?|versus)\s+\w+"
)
"""A match between teams ("om ni vinner över oss igen … ni ska få stryk nästa gång")."""


def _in_game(p: Parsed, words: list[str]) -> bool:
    """ "jag ska slakta dig i fifa", "krossa er i finalen": violence inside a game or a match
    is how players talk ("efter matchen" is not inside it), as it is beside a cheer for a team,
    a score or a contest won or lost (but not when the text names a group of people: "heja
    Sverige, döda alla …" is hate)."""
    if any(
        (w in _GAMES or w.endswith(_GAME_ENDINGS))
        and (
            words[k - 1] in _IN_GAME
            or (k > 1 and words[k - 1] in _GAME_DETERMINERS and words[k - 2] in _IN_GAME)
        )
        for k, w in enumerate(words)
        if k
    ):
        return True
    return (
        (
            not _CHEERS.isdisjoint(t.text for t in p.tokens)
            or any(e in p.text for e in _GAME_EMOJI)
            or (("-" in p.text or "–" in p.text) and _SCORE.search(p.text) is not None)
            or _CONTEST.search(p.text) is not None
        )
        and not tagged("hate", "group").maybe(p.text)
        and not load("slurs").maybe(p.text)
    )


_SWEET_WEAPONS = frozenset(
    [
        "konfettikanon",
        "konfettikanonen",
        "konfetti",
        "vattenpistol",
        "vattenpistolen",
        "snöbollar",
        "baklava",
        "kakor",
        "kakan",
        "bullar",
        "bullarna",
        "tårta",
        "tårtan",
        "semlor",
        "glass",
        "godis",
        "pepparkakor",
        "mat",
        "maten",
        "kärlek",
        # beating competitors on taste or price ("vi ska krossa dem med smak")
        "smak",
        "smaken",
        "kvalitet",
        "priser",
        "priserna",
        "charm",
        "kramar",
        "skratt",
        "sång",
        "musik",
        "vänlighet",
        "dansmoves",
        "skämt",
        "ordvitsar",
        # killing with arguments is winning a debate ("vi ska döda dem med argument")
        "argument",
        # beating someone by lengths is winning ("slår er med hästlängder")
        "hästlängder",
        "hästlängd",
        "råge",
        "argumenten",
        "fakta",
        "statistik",
        "statistiken",
        "siffror",
        "siffrorna",
        "diagram",
        "frågor",
        "logik",
        "kunskap",
        # burning down a switchboard with calls is a protest by telephone (round 66)
        "samtal",
        "samtalen",
        "telefonsamtal",
        "mejl",
        "mail",
        "sms",
        "klagomål",
        "överklaganden",
        "vykort",
        "synpunkter",
    ]
)
"""Killing with cakes, kindness or arguments is a joke or a debate ("jag ska döda er med min
baklava", "vi kommer att döda dem med argument på måndag"), and burning down a switchboard
with calls is a protest ("bränna ner telefonväxeln med samtal")."""
_WATERS = (
    "sjön",
    "sjö",
    "vattnet",
    "bassängen",
    "badkaret",
    "havet",
    "ån",
    "diket",
    "vaken",
    "poolen",
)
"""Where "dränka i" drowns a person; anything else is a flood of paper or love."""
_CAMERAS = frozenset(
    ["kameran", "kamera", "fartkameran", "mobilen", "mobilkameran", "systemkameran", "drönaren"]
)
"""Shooting with a camera is photographing ("skjut dem med fartkameran")."""
_STICK = frozenset(["sticka", "sticker"])
_COUNTERFACTUAL = frozenset(["hade", "skulle", "would"])
_CUT = frozenset(["skära", "skär"])
_CUTS = frozenset(["i", "ner", "ned", "bort", "på", "ut"])
"""After "skära", these make a budget cut ("vi borde skära i skolan", "skär ner på bussarna"),
not a knife at the tyres ("skär däcken på hans bil")."""


_KISSES = frozenset(["kyss", "puss", "slängkyss", "slängpuss", "kram", "kiss"])
"""What one "blows" someone that is no shot."""
_SUBJECT_VERBS = frozenset(
    [
        "förtjänar",
        "är",
        "har",
        "ska",
        "kan",
        "får",
        "behöver",
        "måste",
        "ligger",
        "vilar",
        "luktar",
        "hittades",
        "hittas",
        "begravs",
        "begravdes",
        "minns",
    ]
)
"""A finite verb after "döda <noun>": the dead are the sentence's subject, not an order."""


def _dead_as_subject(p: Parsed, j: int) -> bool:
    """ "Döda människor (och deras anhöriga) förtjänar respekt": "döda" is the adjective of a
    noun that a finite verb then tells of, not an order to kill (a pronoun is never that)."""
    after = p.words(j, j + 5)
    if not after or after[0] in PRONOUN_TARGETS or after[0] in ("alla", "hela", "varenda"):
        return False
    if tagged("hate", "group").word(after[0]) is not None:
        return False  # "döda muslimer är bra muslimer": the slogan of a killing wished
    if after[1:2] and after[1] in _SUBJECT_VERBS:
        return True  # "döda fåglar ligger"
    # "döda människor och deras anhöriga förtjänar"
    return after[1:3] in (["och", "deras"], ["och", "sina"]) and not _SUBJECT_VERBS.isdisjoint(
        after[4:5]
    )


_PETTY_DEEDS = frozenset(
    [
        "nominerar",
        "röstar",
        "spoilar",
        "spoila",
        "avslöjar",
        "berättar",
        "drar",
        "snarkar",
        "glömmer",
        "väcker",
        "sjunger",
        "fuskar",
        "sms:ar",
        "smsar",
        "taggar",
        "skickar",
    ]
)
"""What a friend may do that a laughing "jag dödar dig om du …" is about ("om du spoilar
slutet 😂", "om du drar med mig dit igen 😂")."""
_TREATS = frozenset(
    [
        "fika",
        "fikat",
        "fikan",
        "kaffebröd",
        "kaffebrod",
        "kaffebrödet",
        "kaffet",
        "kaffe",
        "kakor",
        "kakorna",
        "bullar",
        "bullarna",
        "kanelbullar",
        "tårta",
        "tårtan",
        "tarta",
        "semlor",
        "lussekatter",
        "pepparkakor",
        "godis",
        "godiset",
        "glass",
        "chips",
        "pizza",
        "pizzan",
        "mackor",
        "snacks",
    ]
)
"""What a friend is "threatened" over in teasing: coffee, buns, cake, pizza."""
_SKOJAR = lazy(r"\b(?:skojar|skoja|hihi)\b")
_JOKING = lazy(r"\b(?:skojar|skoja|hihi|skämtar|skämt(?!\s+åsido))\b")
"""The writer says they joke ("(skämt, men snälla säg det inte mer)"); "skämt åsido" is the
opposite, "joking aside"."""
_SAYING = frozenset(
    [
        "säger",
        "sager",
        "sa",
        "sade",
        "frågar",
        "fragar",
        "klagar",
        "nämner",
        "namner",
        "skriver",
        "skrev",
    ]
)


def _teasing(p: Parsed, j: int) -> bool:
    """A threat said laughing whose condition is a treat ("jag dödar dig om du inte kommer
    på fikat 😂", "slår dig på fingrarna om du inte tar med kaffebröd 😄"), or whose target
    is whoever next says a thing ("ska ta livet av nästa person som säger att jakt är lätt
    😂"), or said with laughter and love to a friend ("om du inte söker med mig så slår ja
    ihjäl dig 😂 love u"): teasing, not a threat. Without the laugh, or with a real condition
    ("om du inte betalar"), it stays a threat."""
    after = p.words(j, j + 14)
    if (
        "nästa" in after[:2]
        and "som" in after[1:4]
        and not _SAYING.isdisjoint(after[after.index("som", 1) + 1 : after.index("som", 1) + 3])
        and not QUOTE_MARKS.isdisjoint(p.text)
    ):
        return True  # "jag kommer döda nästa person som säger ”koka bara vattnet”": a saying
    if not (laughing(p.text) or _SKOJAR.search(p.text)):
        return False
    if banter(p.text) and "om" in p.words(j - 12, j + 12):
        return True  # "om du inte söker med mig så slår ja ihjäl dig 😤😂 love u"
    if banter(p.text) and after[1:2] == ["som"] and not _SAYING.isdisjoint(after[2:4]):
        return True  # "jag kommer döda den som sa att söndag var för tidigt 😂 nej men seriöst"
    if "om" in after:
        cond = after[after.index("om") + 1 :]
        if cond[1:2] in (["inte"], ["int"]) and not _TREATS.isdisjoint(cond[2:10]):
            return True
        if cond[:1] in (["du"], ["ni"]) and not (
            _TREATS.isdisjoint(cond[1:9]) and _TRIVIAL_DEEDS.isdisjoint(cond[1:9])
        ):
            return True  # "jag dödar dig om du tar sista bullen i fikarummet igen 😂"
        if cond[:1] in (["du"], ["ni"]) and cond[1:2] and cond[1] in _PETTY_DEEDS:
            return True  # "jag dödar dig om du spoilar resultatet 😂😂": a friend's petty deed
    if "nästa" in after[:2] and "som" in after[1:4]:
        k = after.index("som", 1)
        return not _SAYING.isdisjoint(after[k + 1 : k + 3])
    return False


_FOLDED_LOOKALIKES = frozenset(["sprang"])
"""Forms a verb of violence takes without its dots that are another, everyday word: "sprang"
(ran) is far more often written than "spräng" typed on a keyboard without "ä"."""


def _violence(p: Parsed, names: frozenset[str] = frozenset()) -> list[Finding]:
    out: list[Finding] = []
    # One test of the whole list before the per-kind lists (each would test again).
    kinds = ("kill", "harm", "destroy", "maim") if load("threats").maybe(p.text) else ()
    for kind in kinds:
        for h in tagged("threats", kind).finditer(p.text):
            if h.form in _FOLDED_LOOKALIKES:
                continue  # "sprang runt hela skolan": ran, not "spräng" without its dots
            i, j = p.index(h.start, h.end)
            if i >= len(p.tokens):
                continue
            nxt = p.after(j, 1)
            if (
                nxt
                and nxt[0].text in _HYPERBOLE_PARTICLES
                and h.form.split()[-1] not in ("ihjäl", "ner", "upp", "på")
            ):
                continue
            if h.form in _CUT and nxt and nxt[0].text in _CUTS:
                continue
            if h.form in _STICK and not (nxt and nxt[0].text in PRONOUN_TARGETS):
                continue  # "sticker dig" is a stab; "en sticker av hans ansikte" an image
            obj = _object(p, j, kind, names)
            if obj is None or _in_game(p, p.words(i - 6, j + 8)):
                continue
            if h.form in ("häng", "hänga", "hänger") and not _hanged_people(p, j, obj):
                continue
            if (
                h.form.startswith("skjut")
                and p.words(j, j + 1) == ["in"]
                and _INTO.isdisjoint(p.words(j + 1, j + 4))
            ):
                continue  # "skjuta in dom första gången jag får chansen": goals, not "… i rummet"
            if h.form.startswith("skjut") and not _TREATS.isdisjoint(p.words(j + 1, j + 4)):
                continue  # "jag ska skjuta dig en kaffe": treating someone, slang
            if h.form.startswith("såg") and isinstance(obj, Token) and obj.text in _THIRD_PLURAL:
                continue  # "såga ner dom innan de ramlar": trees, sawn down
            if h.form.endswith(" över") and not _THIRD_PLURAL.isdisjoint(
                p.words(j, p.index(obj.start, obj.end)[1])
            ):
                continue  # "kör över dom som en ångvält", "kör över dem (farthindren)"
            if (
                h.form.startswith("bränn")
                and p.text[obj.start : obj.end] in ("däck", "gummi")
                and _OTHERS_POSSESSIVE.isdisjoint(p.words(j, p.index(obj.start, obj.end)[0]))
            ):
                continue  # "ska bränna däck på Mantorp i helgen": a burnout, not arson
            if h.form.startswith("bränn") and p.words(j, j + 1) == ["av"]:
                continue  # "vi kommer o bränner av hela väggen 🔥": go all out, not arson
            if h.form.startswith("blås") and not _KISSES.isdisjoint(p.words(j, j + 4)):
                continue  # "jag blåser dig en kyss"
            if h.form == "döda" and _dead_as_subject(p, j):
                continue  # "Döda människor och deras anhöriga förtjänar respekt"
            after = p.words(j, j + 7)
            if "med" in after and not _SWEET_WEAPONS.isdisjoint(after):
                continue  # "jag ska döda er alla med min baklava 😂"
            if _teasing(p, j):
                continue  # "jag dödar dig om du inte kommer på fikat imorgon 😂"
            if ("med" in after and not _CAMERAS.isdisjoint(after)) or after[1:3] == ["i", "sank"]:
                continue  # "skjut dem med fartkameran", "skjuta dom i sank med frågor"
            if h.form.startswith("dränk") and "i" in after[1:4]:
                k = after.index("i", 1)
                if after[k + 1 : k + 2] and not after[k + 1].endswith(_WATERS):
                    continue  # "vi ska dränka nämnden i överklaganden": paperwork, no lake
            agent = _agent(p, i)
            if agent is None:
                continue
            if _reported_and_objected(p.text, h.start, h.end):
                continue  # "Till den som skrev att man borde elda upp masten: det är ett brott"
            if _IN_WORDS.match(p.text, obj.end):
                continue  # "vi ska krossa dem... i argument alltså"
            if h.form in _BEAT_IN_A_CONTEST and _in_a_contest(p, obj):
                continue  # "jag slår dig i vedhuggning", "sänka dig i Mario Kart"
            if _JUDGED_ACT.match(p.text, obj.end):
                continue  # "Nej, bränna kameror är idioti": the act judged, not called for
            det, score = agent
            if (
                score < VEILED_THRESHOLD
                and det == "crime.threat"
                and h.form.split()[0].endswith("r")  # the present tense, not "hade dödat"
                and not _COUNTERFACTUAL.intersection(p.words(i - 4, i))
                and _addressed(p, j, obj)
            ):
                # "jag sätter eld på din bil", "jag slår sönder ditt ansikte": the present
                # tense aimed at the reader or their things is a promise, not a story
                score = 0.85
            elif (
                score < VEILED_THRESHOLD
                and det == "crime.threat"
                and h.form in _KILLING_NOW
                and p.words(i - 1, i) in (["jag"], ["ja"], ["vi"])
                and _a_person(p, obj)
                and not _negated(p.words(j, p.index(obj.start, obj.end)[0]))
                and _PAST_TIME.isdisjoint(p.words(i - 12, j + 12))
                and not _in_a_question(p, h.end)
                and not laughing(p.text)
                and _JOKING.search(p.text) is None
            ):
                # "jag dödar honom", "vi skjuter politikerna": killing in the present tense
                # with the speaker as its subject is said of what is to come; a story of a
                # killing is told in the past or with a time gone by ("igår"), and said
                # laughing it may be a joke (the weak weight stays for another cue)
                score = 0.85
            out.append(
                Finding(
                    det,
                    score,
                    h.start,
                    obj.end,
                    "threat" if det.endswith("threat") else "incitement",
                )
            )
    for h in tagged("threats", "passive").finditer(p.text) if kinds else ():
        i, j = p.index(h.start, h.end)
        nxt = p.after(j, 1)
        if (
            nxt
            and nxt[0].text in ("upp", "fram", "ut", "av", "till", "bort", "loss")
            # "bli överkörd av sin traktor": after "bli", "av" names the doer
            and not (nxt[0].text == "av" and h.form.startswith(("bli ", "blir ")))
        ):
            continue  # "berget ska sprängas bort": a particle makes it work on a thing
        before = p.before(i, 4)
        if _negated(before):
            continue
        if h.form.startswith(("bli ", "blir ")) and not _bli_wished(p, before, j):
            continue
        if _in_game(p, p.words(i - 6, j + 8)) and (
            not before or p.person_at(*p.index(before[0].start, before[-1].end)) is None
        ):
            continue  # "ni ska dödas på isen på söndag"; not "politikerna borde skjutas på isen"
        if (
            any(
                t.text in _CALL_MODALS or t.text in ("förtjänar", "kommer", "alla", "hoppas")
                for t in before
            )
            and _animate(p, i, j)
            and not _animals_before(p, i)
        ):
            if any(a <= h.start < b for a, b in reported_quotes(p.text)):
                continue  # "någon skrev 'skolan ska sprängas' på toadörren": reported
            if _SAID_THAT.search(" ".join(t.text for t in p.before(i, 8))):
                continue  # "någon skrev att bussen borde brännas. Har anmält det": reported
            if not _PAPERS.isdisjoint(t.text for t in p.before(i, 6)):
                continue  # "blanketterna borde brännas allihop, ingen förstår dem"
            if _JOKING.search(p.text, h.end) and not _TRIVIAL_DEEDS.isdisjoint(p.words(i - 10, i)):
                continue  # "den som käkar chips vid tangentbordet borde avrättas (skämt …)"
            start = before[0].start if before else h.start
            out.append(Finding("crime.incitement", 0.85, start, h.end, "incitement"))
    for m in _finditer(_GET_PUNISHED, p.text):
        i, j = p.index(m.start(), m.end())
        if _negated(p.words(i, j)):
            continue
        if _TOLD_NOT_TO_SAY.search(p.text, max(0, m.start() - 30), m.start()):
            continue  # "skriv inte att folk ska ha stryk": the writer forbids the words
        if any(tagged("incitement", "animal").word(w) for w in p.words(i - 6, i)):
            continue  # "nästa gädda som släpper kroken ska få stryk": a fish
        if _IN_WORDS.match(p.text, m.end()):
            continue  # "ge dem en rejäl omgång, med ord alltså"
        if _in_game(p, p.words(i - 6, j + 8)):
            continue  # "fritidsledarna kommer få stryk av ungdomarna i pingis"
        out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _BOMB_PLANTED.finditer(p.text) if "bomb" in p.text else ():
        i, j = p.index(m.start(), m.end())
        if _negated(p.words(i - 3, j)) or _in_a_question(p, m.end()):
            continue  # "det ligger ingen bomb …", "vad gör man om det ligger en bomb i …?"
        if "om" in p.words(i - 3, i):
            continue
        out.append(Finding("crime.threat", 0.9, m.start(), m.end(), "threat"))
    for m in _BEATEN_SOON.finditer(p.text) if " får " in p.text else ():
        i, j = p.index(m.start("who"), m.end("who"))
        if m.group("who") not in _BEATEN_WHO and p.person_at(i, j) is None:
            continue
        if _negated(p.words(i, j + 6)) or _in_game(p, p.words(i - 6, j + 8)):
            continue
        out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _DIE.finditer(p.text) if " d" in p.text else ():
        i, _ = p.index(m.start(), m.end())
        if not _negated(p.before(i, 3)):
            out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _DIE_THEN.finditer(p.text) if " dö" in p.text else ():
        i, _ = p.index(m.start(), m.end())
        if _CONDITIONAL.isdisjoint(p.words(i - 12, i)) and "igen" not in p.words(i - 12, i):
            continue  # no condition before: "då dör du" may end a story told
        out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _NAMED_DIE.finditer(p.text) if " dö" in p.text else ():
        i, j = p.index(m.start("who"), m.end("who2") if m.group("who2") else m.end("who"))
        if (
            names.isdisjoint(p.words(i, j))
            and p.person_at(i, j) is None
            and not any(_a_group(w) for w in p.words(i, j))
        ):
            continue  # "gräset ska dö"; not "alla politiker ska dö", "bögar ska dö"
        if _negated(p.before(i, 3)) or _in_game(p, p.words(i - 6, j + 8)):
            continue
        if _WARNING_AFTER.match(p.text, m.end()):
            continue  # "grannen ska dö i kylan om ingen hjälper henne": a warning
        out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _DEATH_TO.finditer(p.text) if "död" in p.text else ():
        i, j = p.index(m.start("who"), m.end("who"))
        if not (names.intersection(p.words(i, j)) or p.person_at(i, j) or _a_group(m.group("who"))):
            continue  # "döden åt tristessen": no one
        out.append(Finding("crime.incitement", 0.85, m.start(), m.end(), "incitement"))
    for m in _BULLET_IN.finditer(p.text) if " i " in p.text and " på " in p.text else ():
        i, j = p.index(m.start("who"), m.end("who"))
        who = m.group("who")
        if not (
            names.intersection(p.words(i, j))
            or who in PRONOUN_TARGETS
            or p.person_at(i, j)
            or _a_group(who)
        ):
            continue  # "en kula i huvudet på tavlan": no one
        said_before = p.text[max(0, m.start() - 60) : m.start()]
        if _negated(p.before(i, 8)) or _BULLET_REPORTED.search(said_before):
            continue
        if _reported_and_objected(p.text, m.start(), m.end()):
            continue
        out.append(Finding("crime.incitement", 0.85, m.start(), m.end(), "incitement"))
    for m in _WHOEVER_DIE.finditer(p.text) if " dö" in p.text else ():
        i, j = p.index(m.start(), m.end())
        if _negated(p.words(i, j)) or _in_game(p, p.words(i - 6, j + 8)):
            continue
        if _WARNING_AFTER.match(p.text, m.end()):
            continue
        out.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _finditer(_DESERVE, p.text):
        i, _ = p.index(m.start(), m.end())
        if not _negated(p.before(i, 3)):
            out.append(Finding("crime.incitement", 0.85, m.start(), m.end(), "incitement"))
    for m in _finditer(_GIVE, p.text):
        i, _ = p.index(m.start(), m.end())
        oi, oj = p.index(m.start("obj"), m.end("obj"))
        if not (set(p.words(oi, oj)) & PRONOUN_TARGETS) and p.person_at(oi, oj) is None:
            continue
        if _reported_and_objected(p.text, m.start(), m.end()):
            continue  # "att skriva att någon borde ge vakterna stryk gör bara saken värre"
        if _IN_WORDS.match(p.text, m.end()):
            continue  # "ge dem en rejäl omgång... med frågor"
        agent = _agent(p, i)
        if agent is not None:
            det, score = agent
            kind = "threat" if det.endswith("threat") else "incitement"
            out.append(Finding(det, score, m.start(), m.end(), kind))
    return out


_BEAT_IN_A_CONTEST = frozenset(
    [
        "slå",
        "slår",
        "spöa",
        "spöar",
        "krossa",
        "krossar",
        "sänka",
        "sänker",
        "klå upp",
        "klår upp",
        "banka",
        "bankar",
        "mosa",
        "mosar",
        "mörda",
        "mördar",
    ]
)
"""Verbs that also mean winning ("jag slår dig i vedhuggning vilken dag som helst")."""
_HARMED_IN = frozenset(
    [
        "natt",
        "kväll",
        "morgon",
        "helgen",
        "dag",
        "morse",
        "eftermiddag",
        "backen",
        "marken",
        "golvet",
        "sjön",
        "vattnet",
        "diket",
        "skogen",
        "trappan",
        "hallen",
        "bilen",
        "parken",
        "mörkret",
        "skolan",
        "korridoren",
        "omklädningsrummet",
        "duschen",
        # body parts not in _BODY_PARTS (which names what is broken, not where one is hit)
        "ansiktet",
        "magen",
        "ryggen",
        "bröstet",
        "pannan",
        "tinningen",
    ]
)
"""After "slå dig i": a time, a place where a beating happens or where on the body it lands
("i natt", "i backen", "i magen")."""
_MATCH_TIME = frozenset(["andra", "första", "halvlek", "halvleken", "pausen", "matchen"])
"""A moment of a match: a tackle said to one person ("krossa dig i andra halvlek om du inte
håller käften") may hurt; said of a team ("mörda dom i andra halvlek") it is a win."""
_INTO = frozenset(["i", "under", "genom", "mot", "på"])
"""After "skjuta in": where to ("skjuter in dom i lärarrummet"); without it, goals."""


def _in_a_contest(p: Parsed, obj: Token | Hit) -> bool:
    """The person beaten "i" something that is no body part, time or place of a beating:
    a game, a sport or a debate ("i vedhuggning", "i Mario Kart", "i sakfrågan")."""
    i, j = p.index(obj.start, obj.end)
    if p.text[obj.start : obj.end] not in PRONOUN_TARGETS and p.person_at(i, j) is None:
        return False  # "krossar varenda ruta i det där huset": a thing, in a place
    nxt = p.words(j, j + 2)
    if nxt[1:] and nxt[1] in _MATCH_TIME:
        return p.text[obj.start : obj.end] in _THIRD_PLURAL
    return (
        len(nxt) == 2 and nxt[0] == "i" and nxt[1] not in _BODY_PARTS and nxt[1] not in _HARMED_IN
    )


_KILLING_NOW = frozenset(
    [
        "dödar",
        "mördar",
        "skjuter",
        "skjuter ihjäl",
        "slår ihjäl",
        "har ihjäl",
        "tar livet av",
        "knivhugger",
        "hugger ner",
        "sticker ner",
        "stryper",
        "avrättar",
    ]
)
"""Verbs of killing in the present tense."""
_PAST_TIME = frozenset(
    ["igår", "går", "förra", "förut", "sist", "drömde", "drömmen", "boken", "filmen", "serien"]
)
"""Words placing a present-tense killing in the past or in a story ("igår kommer han fram och
jag skjuter honom i spelet", "i boken dödar jag honom")."""


def _a_group(word: str) -> bool:
    """Whether a word names a group of people by origin, faith or the like, or is a slur."""
    return tagged("hate", "group").word(word) is not None or bool(load("slurs").word(word))


def _a_person(p: Parsed, obj: Token | Hit) -> bool:
    """Whether the object found after a verb of killing is surely a person: a person noun, a
    name, "honom"/"henne", a group; not a bare "dem", which may be rats or wasps."""
    if isinstance(obj, Token) and obj.text in _THIRD_PLURAL | {"det", "den", "de"}:
        _, k = p.index(obj.start, obj.end)
        return p.words(k, k + 1) == ["som"]  # "jag dödar dem som …": whoever did it
    return True


def _in_a_question(p: Parsed, at: int) -> bool:
    """Whether the sentence around offset `at` ends in a question mark."""
    end = _SENTENCE_STOP.search(p.text, at)
    return end is not None and end.group() == "?"


_HANG_PARTICLES = frozenset(["med", "upp", "på", "kvar", "ut", "in", "av", "runt", "inte", "ihop"])


def _hanged_people(p: Parsed, j: int, obj: Token | Hit) -> bool:
    """Whether the imperative "häng" (ending at token j) is about people: "häng dem i
    flaggstången, hela kommunstyrelsen", "häng politikerna" — not "häng med dem till stan" or
    "häng dem på väggen, tavlorna är så fina". A bare "dem" needs people named in its
    sentence; a thing named there makes it a picture or a lamp."""
    after = p.after(j, 2)
    if after and after[0].text in _HANG_PARTICLES:
        return False
    if len(after) == 2 and after[0].text in ("dig", "dej", "er") and after[1].text in ("på", "med"):
        return False  # "häng dig på du också": come along
    if isinstance(obj, Hit) or obj.text not in _THIRD_PLURAL:
        return True
    # The rest of the sentence (commas included: "häng dem i flaggstången, hela nämnden").
    rest = [t for t in p.tokens[j : j + 12] if t.sentence == obj.sentence]
    if not rest:
        return False
    a, b = p.index(rest[0].start, rest[-1].end)
    if p.person_at(a, b) is not None:
        return True
    text = " ".join(t.text for t in rest)
    if _WHOEVER_CLAUSE.search(text):
        return True  # "häng dem i lyktstolparna, alla som var med": people, by what they did
    return any(lex.search(text) is not None for lex in (tagged("hate", "group"), load("slurs")))


_WHOEVER_CLAUSE = re.compile(
    r"\b(?:alla|var och en|envar) som (?:var|är|har|hade|gjorde|röstade|stod|deltog|sitter"
    r"|satt|ligger|låg|bestämde|tog|sa|skrev)\b"
)
"""People named by what they did; "de som barnen gjorde" may be the decorations."""


_VISITORS = frozenset(
    ["oss", "mig", "mej", "mina", "våra", "några", "gänget", "polarna", "killarna", "grabbarna"]
)
"""After "få besök av": the speaker's side, not a guest ("ska få besök av oss")."""


_DELIVERED = frozenset(
    [
        "brevet",
        "breven",
        "brev",
        "paketet",
        "paket",
        "räkningen",
        "fakturan",
        "fakturorna",
        "beskedet",
        "posten",
        "utskicket",
        "kallelsen",
        "broschyren",
        "tidningen",
        "foldern",
        "enkäten",
        "blanketten",
        "sopbilen",
        "plogbilen",
        "leveransen",
        "matkassen",
        "kassen",
        "varorna",
        "beslutet",
    ]
)
"""What comes to one's home without menace: post, bills, deliveries, the bin lorry."""


_FAMILY_ROUTINE = re.compile(
    r"\b(?:din|er)\s+(?:dotter|son|fru|man|sambo|barn|flickvän|pojkvän|dotters|sons)\s+"
    r"(?:\w+\s+){0,2}?(?:går\s+på|slutar|börjar|hämtas|tränar|jobbar\s+på)\b"
    r"(?=[^.!?]*\b\d{1,2}[.:]\d{2}\b)"
)
"""The reader's child or partner and when they are where ("Din dotter går på Kårsta skola och
slutar 14.15 på fredagar"): with a second cue ("Tänk på det") a veiled threat."""
_DAILY_ROUTINE = re.compile(
    r"\b(?:tar|går|gå|gick|slutar|åker|kommer|lämnar|cyklar|promenerar|parkerar|kliver|klev)\s+"
    r"(?:\S+\s+){0,5}?"
    r"\d{1,2}[.:]\d{2}\b[^.!?]{0,40}\b(?:(?:varje|alla)\s+(?:dag|morgon|kväll|vardag|vardagar|"
    r"dagar|fredag|måndag|gång)|som\s+vanligt)\b"
)
"""Where and when someone is every day ("Kommunalrådet tar 07.04 från Vallentuna varje dag"):
with an accident foretold ("Lätt att någon snubblar") a veiled threat."""
_TAKE_THEM = re.compile(
    r"\bvi\s+(?:ska\s+|kommer\s+(?:att\s+)?)?tar?\s+(?P<who>[a-zåäö]+)\s+"
    r"(?:på\s+\w+dag(?:en)?|när\s+(?:han|hon|hen|de|dom)\b|efter\s+(?:jobbet|skolan|träningen|"
    r"mötet|matchen|sammanträdet)|i\s+kväll|ikväll|i\s+natt|inatt|imorgon|i\s+morgon)"
)
"""A person to be "taken" at a set time ("vi tar adam på lördag när han kliver av
roslagsbanan"): with the person's routine or a second cue, a plan against them; "vi tar
honom på orden" and "vi tar det på lördag" name no time of his or no person."""
_THIRD_SINGULAR = frozenset(["han", "hon", "hen"])
_TAKEN_WHO = frozenset(["honom", "henne", "hen", "han", "dom", "dem", "er", "dig"])
_THINK_OF_THEM = re.compile(
    r"\b(?:du|ni)\s+har\s+(?:en\s+|två\s+|tre\s+)?(?:\w+\s+){0,2}?(?:fru|man|familj|barn|barnbarn|"
    r"dotter|döttrar|son|söner|sambo)\b[^?!]{0,120}?\btänk\s+(?:noga\s+|efter\s+)?på\s+(?:dem|henne|honom)\b"
)
"""The reader's family named, then "tänk (noga) på dem" ("ni har en fru och två små barnbarn
i Ormsta, eller hur. Tänk noga på dem innan …"): a veiled threat."""
_YOUR_ROUTINE = re.compile(
    r"\b(?:du|ni)\s+(?:jobbar|slutar|börjar|går\s+hem|tar\s+bussen|parkerar)\b[^.!?]{0,40}?\b\d{1,2}[.:]\d{2}\b"
)
"""When the reader is where ("du jobbar på Tuna torg och slutar 17.30 va?"): with "bra att
veta" or another cue, a veiled threat."""
_GOOD_TO_KNOW = re.compile(r"\b(?:bra|gott|skönt|intressant)\s+att\s+veta\b")
_OFFICE_CALLED = re.compile(
    r"\s*,\s*(?:\w+)?(?:förvaltningen|kommunen|nämnden|kontoret|bolaget|myndigheten|verket|"
    r"styrelsen|ledningen)\b"
)
"""After "jag vet var ni bor": the "ni" called by an office's name ("…, skolförvaltningen!")."""


def _veiled(p: Parsed, weak: list[Finding], names: frozenset[str] = frozenset()) -> list[Finding]:
    """Veiled threats: phrases that are menacing together, weighed and summed (with the
    speaker's own violent acts stated without a modal, `weak`; `names`: words that stand for
    a named person, "jag vet var Lindqvist bor")."""
    parts = [(f.score, f.start, f.end) for f in weak]
    for m in _finditer(_KNOW_WHERE, p.text):
        subj = m.group("subj").split()
        if subj[0] in _OWN or _negated(subj):
            continue
        if _SOMEONE_WROTE.search(p.text, max(0, m.start() - 30), m.start()) is not None:
            continue  # "Nån skrev ja vet var du bor under hans inlägg. Skärpning.": reported
        if subj[0] == "ni" and _OFFICE_CALLED.match(p.text, m.end()) is not None:
            continue  # "Jag vet var ni bor, skolförvaltningen!": an office, not people
        by_name = False
        if not _KNOW_TARGETS.intersection(subj):
            by_name = bool(names.intersection(subj[:2]))
            si, sj = p.index(m.start("subj"), m.end("subj"))
            if not by_name and p.person_at(si, sj) is None:
                continue  # "jag vet var biblioteket är": a place, not a person
        verb = m.group().split()[-1]
        w = 0.85 if m.group("home") else (0.35 if verb in ("är", "are") else 0.6)
        if by_name and not m.group("home"):
            w = 0.45  # "vi vet när Karin jobbar" is also said by her regulars: a second cue
        if _FAVOUR.search(p.text, m.end(), m.end() + 80) or _HOME_HARMLESS.search(
            p.text, m.end(), m.end() + 80
        ):
            w = min(w, 0.2)
        parts.append((w, m.start(), m.end()))
    for m in _finditer(_COST, p.text):
        parts.append((0.5 if m.group("dear") else 0.4, m.start(), m.end()))
    for m in _TAKE_THEM.finditer(p.text) if "vi ta" in p.text else ():
        who = m.group("who")
        if who in _TAKEN_WHO or who in names or who in first_names():
            parts.append((0.35, m.start(), m.end()))
    for m in _THINK_OF_THEM.finditer(p.text) if "tänk" in p.text else ():
        parts.append((0.6, m.start(), m.end()))
    for m in _YOUR_ROUTINE.finditer(p.text) if "du " in p.text or "ni " in p.text else ():
        # "… slutar 17.30 va? Bra att veta.": the routine noted down is the menace
        known = _GOOD_TO_KNOW.search(p.text, m.end(), m.end() + 40) is not None
        parts.append((0.55 if known else 0.25, m.start(), m.end()))
    for m in (
        _DAILY_ROUTINE.finditer(p.text)
        if "varje" in p.text or "alla" in p.text or "vanligt" in p.text
        else ()
    ):
        i, _ = p.index(m.start(), m.end())
        if (
            p.person_at(max(0, i - 3), i) is not None
            or names.intersection(p.words(i - 3, i))
            or not _THIRD_SINGULAR.isdisjoint(p.words(i - 1, i))
        ):
            parts.append((0.25, m.start(), m.end()))
    if "din " in p.text or "er " in p.text:
        for m in _FAMILY_ROUTINE.finditer(p.text):
            # "Din dotter går på Kårsta skola och slutar 14.15": a second cue makes it menace
            parts.append((0.4, m.start(), m.end()))
    pity = False
    for m in _finditer(_PITY_THREAT, p.text):
        # "om något hände honom" is also said out of care: it needs a second cue.
        parts.append((0.35 if m.group("anything") else 0.5, m.start(), m.end()))
        pity = True
    for m in _RAM_THROUGH.finditer(p.text) if "rakt" in p.text else ():
        # "Står ni på vägen igen … så kör jag rakt igenom": worse after a condition on people
        cond = _RAM_CONDITION.search(p.text, max(0, m.start() - 80), m.start()) is not None
        parts.append((0.5 if cond else 0.35, m.start(), m.end()))
    for m in _finditer(_PITY_FALL, p.text):
        who = m.group("who").split()
        wi, wj = p.index(m.start("who"), m.end("who"))
        staff = p.person_at(wi, wj)
        if (
            " av er" in m.group("who")
            or (len(who) == 1 and who[0] in _FALL_WHO)
            or names.intersection(who)
            # an official, not "pappa" or "grannen", whose fall a relative fears
            or (staff is not None and staff.entry.tag == "staff")
        ):
            parts.append((0.35, m.start(), m.end()))
    for m in _finditer(_PITY_PROPERTY, p.text):
        if not _YOU.isdisjoint(p.words(0, p.index(m.start(), m.end())[0])):
            # "du har en fin Tesla på uppfarten. Skulle vara trist om lacken fick en repa"
            parts.append((0.5, m.start(), m.end()))
            pity = True
    if pity and (home := _ADDRESS.search(p.text)) is not None:
        # the pity beside where the person lives ("nya villan på Lindholmsvägen 8")
        parts.append((0.3, home.start(), home.end()))
    for m in _finditer(_SHOULD_BURN, p.text):
        mid = m.group("mid").split()
        if _in_a_question(p, m.end()):
            continue  # "hur många bilar ska brinna innan …?": a reproach, not a wish
        if _SAID_THAT.search(p.text, max(0, m.start() - 40), m.start() + len(m.group("mid"))):
            continue  # "någon skrev att bussen borde brännas. Har anmält det": reported
        if _negated(mid) or not any(
            tagged("incitement", "target").word(w.strip(".,!?:;")) is not None for w in mid
        ):
            continue
        parts.append((0.8 if m.group("inside") else 0.5, m.start(), m.end()))
    for m in _finditer(_WISH_EVENT, p.text):
        mid = m.group("mid").split()
        if _negated(mid) or not any(
            tagged("incitement", "target").word(w.strip(".,!?:;")) is not None for w in mid
        ):
            continue
        w = 0.35 if m.group("frame").startswith("förvåna") else 0.5
        parts.append((w, m.start(), m.end()))
    hits = (
        [*tagged("threats", "veiled").finditer(p.text), *tagged("threats", "hint").finditer(p.text)]
        if load("threats").maybe(p.text)
        else []
    )
    for h in hits:
        if h.form in ("vi är många", "vi är fler"):
            j = p.index(h.start, h.end)[1]
            if p.words(j, j + 1) == ["som"]:
                continue  # "vi är många som kommer till föräldramötet": a count, no menace
        if h.form.startswith(("akta", "passa", "se ")):
            j = p.index(h.start, h.end)[1]
            nxt = p.words(j, j + 2)
            if nxt[:1] == ["för"] and nxt[1:2] not in (["mig"], ["oss"]):
                continue  # "akta dig för halkan"
            if nxt[:1] == ["på"]:
                continue  # "passa på"
        if "död" in h.form:
            hi, hj = p.index(h.start, h.end)
            if _in_game(p, p.words(hi - 6, hj + 8)):
                continue  # "ni e döda innan rundan börjar 🔫 gg": a game
            if laughing(p.text) and _JOKING.search(p.text) is not None:
                continue  # "du är död om du tar min laddplats 😂 (skämt, …)": said joking
        if h.form.startswith(("annars", "då ", "så ")) and h.form.endswith(
            ("stryk", "spö", "däng")
        ):
            hi, hj = p.index(h.start, h.end)
            if _in_game(p, p.words(hi - 8, hj + 8)) or p.words(hj, hj + 1) == ["mot"]:
                continue  # "träna nu, annars blir det stryk i matchen / mot Täby": a defeat
        if (
            "tur" in h.form
            and p.text.startswith((" att ", " i ", " nu att "), h.end)
            and _TURN_TO_SUFFER.isdisjoint(p.words(*p.index(h.end, h.end + 30)))
        ):
            continue  # "snart är det din tur att svara", "nu är det din tur i kön": a turn
        if h.form in ("vi ser er", "vi ser dig") and not _SEE_YOU_WHEN.isdisjoint(
            p.words(*p.index(h.end, h.end + 12))[:1]
        ):
            continue  # "vi ser er på fredag", "vi ser dig snart": see you then
        if "hitta" in h.form and laughing(p.text):
            continue  # "Jag kommer hitta dig, Mikael Räv 🦊😂": a fox that took a slipper
        if h.form.endswith("löfte") and p.text.startswith(" till ", h.end):
            continue  # "det är ett löfte till våra medlemmar": a promise made to them
        if (h.form.endswith("löfte") or "ångra" in h.form) and not _LAWFUL_STEPS.isdisjoint(
            p.words(p.index(h.start, h.end)[0] - 25, p.index(h.start, h.end)[1] + 25)
        ):
            # "… kommer jag att anmäla er till JO. Det är ett löfte.", "… få ångra det här vid
            # nästa budget. Vi tänker skriva medborgarförslag": a lawful step
            continue
        if h.form.endswith("få se") and p.text.startswith((" att ", " hur ", " på "), h.end):
            continue  # "ni ska få se att vi bryr oss", "… få se på krig": shown, not warned
        if h.form.endswith("se vad som händer") and _waiting_to_see(p, h):
            continue  # "nu får vi se vad som händer": waiting for news, not warning anyone
        if h.form.startswith("så får") and _INSTRUCTION.intersection(
            p.words(p.index(h.start, h.end)[0] - 6, p.index(h.start, h.end)[0])
        ):
            continue  # "tryck på knappen så får du se vad som händer": how to, not a warning
        if h.form.endswith("se vad som händer") and _happens_to_a_thing(p, h):
            continue  # "då får ni se vad som händer med skatteintäkterna": a consequence
        if h.form in ("få besök", "får besök"):
            i, j = p.index(h.start, h.end)
            by = p.words(j, j + 2)
            if (by[:1] == ["av"] and by[1:] and by[1] not in _VISITORS) or p.words(i - 1, i) in (
                ["vi"],
                ["jag"],
                ["ja"],
            ):
                continue  # "vi får besök av mormor", "jag får besök i helgen": a guest
        if h.form.startswith(("kommer hem", "komma hem")):
            i, _ = p.index(h.start, h.end)
            if _DELIVERED.intersection(p.words(i - 2, i)):
                continue  # "det här brevet kommer hem till er också": the post, not a visit
        parts.append((weight(h.entry), h.start, h.end))
    fire = _HOUSE_FIRE.search(p.text) if "🔥" in p.text else None
    if fire is not None and _FIRE_REPORTED.search(p.text) is None:
        # a house between flames, said to people ("välkomna 🔥🏠🔥 hoppas ni gillar värme")
        parts.append((0.4, fire.start(), fire.end()))
    emoji = 0.0
    for ch, w in _EMOJI_WEIGHTS.items() if p.text and max(p.text) >= _EMOJI_FROM else ():
        k = p.text.find(ch)
        if k >= 0 and emoji < _EMOJI_CAP:
            emoji = min(_EMOJI_CAP, emoji + w)
            parts.append((w, k, k + len(ch)))
    total = min(1.0, sum(w for w, _, _ in parts))
    if total < VEILED_THRESHOLD or not any(w >= 0.3 for w, _, _ in parts):
        return []
    core = [x for x in parts if x[0] >= 0.3]
    return [Finding("crime.threat", 0.5 + 0.4 * (total - 0.5), s, e, "threat") for _, s, e in core]


_LAWFUL_STEPS = frozenset(
    [
        "anmäla",
        "anmäler",
        "polisanmäla",
        "polisanmäler",
        "justitieombudsmannen",
        "överklaga",
        "överklagar",
        "rösta",
        "röstar",
        "mejla",
        "skriva",
        "klaga",
        "klagar",
        "tidningen",
        "journalist",
        "advokat",
        "stämma",
        "demonstrera",
        "namninsamling",
        "valet",
        "medborgarförslag",
        "medborgarförslaget",
        "budget",
        "budgeten",
        "granskas",
        "granska",
        "insändare",
        "lagliga",
        "fredliga",
        "fredligt",
        "protester",
        "protestera",
    ]
)
"""What a resident may promise to do ("anmäla er till JO", "rösta bort er", "överklaga"):
"det är ett löfte" after one of them is no menace. ("jo" alone is also "yes".)"""
_INSTRUCTION = frozenset(
    ["tryck", "klicka", "testa", "prova", "läs", "titta", "kolla", "scrolla", "ladda", "välj"]
)


def _happens_to_a_thing(p: Parsed, h: Hit) -> bool:
    """ "… vad som händer med skatteintäkterna / med valresultatet": the consequence named is
    a thing of everyone's, not the listener's body or belongings ("med din bil", "med er")."""
    j = p.index(h.start, h.end)[1]
    nxt = p.words(j, j + 2)
    return (
        nxt[:1] == ["med"]
        and len(nxt) == 2
        and nxt[1] not in _SECOND_PERSON
        and nxt[1] not in _OTHERS_POSSESSIVE
        and nxt[1] not in ("honom", "henne", "hen", "dem", "dom", "oss", "mig")
        and tagged("incitement", "target").word(nxt[1]) is None  # "med kommunhuset"
        and nxt[1] not in ("folk", "människor", "personer", "såna", "sådana", "alla", "den", "de")
        and p.person_at(j + 1, j + 2) is None  # "med folk som jävlas med mig", "med politikerna"
        # "… med till salu-skylten ni satte upp. och med er 😉": the people added after it
        and _AND_WITH_YOU.match(p.text, p.tokens[min(j + 1, len(p.tokens) - 1)].end) is None
    )


_AND_WITH_YOU = lazy(r"[^!?\n]{0,60}?\b(?:och|även|också)\s+med\s+(?:er|dig|honom|henne)\b")


def _waiting_to_see(p: Parsed, h: Hit) -> bool:
    """ "Vi" or "man" waiting to see what happens ("nu får vi se vad som händer", "vi får väl
    se vad som händer på mötet"), with no condition the listener must meet ("om ni stänger
    skolan får ni se vad som händer", "annars får vi se vad som händer")."""
    i, j = p.index(h.start, h.end)
    who = [w for w in p.words(i - 2, j) if w in ("vi", "man", "ni", "du", "dom", "de")]
    if who[:1] not in (["vi"], ["man"]):
        return False
    if "då" in p.words(i - 2, i):
        return False  # "stänger ni skolan, då får vi se vad som händer"
    return not _CONDITIONAL.intersection(p.words(i - 12, i))


_WEAPON = (
    r"\w*?(?:gevär|geväret|bössa|bössan|pistol|pistolen|revolver|revolvern|kniv|kniven|"
    r"yxa|yxan|machete|macheten|basebollträ|basebollträet|basebollträt|slagträ|slagträt|"
    r"järnrör|järnröret|kofot|kofoten|järnspett|järnspettet|bollträ|bollträn|bollträt|vapen|"
    r"vapnet)"
)
_ARMED_VISIT = lazy(
    r"(?:\b(?:(?:jag|ja|vi)\s+(?:\S+\s+)?(?:tar|kommer|dyker\s+upp)|(?:tar|kommer)\s+(?:jag|ja|vi))"
    # the subject left out, as in a quick comment ("kommer med hagelbössan till fullmäktige")
    r"|(?:^|(?<=[.!?]\s))(?:tar|kommer)(?=\s+med\b))"
    r"\s+(?:med\s+(?:mig|mej|oss)\s+|med\s+)?(?:\S+\s+)?" + _WEAPON + r"(?:\s+\S+){0,2}?\s+"
    r"(?:till|på|in\s+på)\s+(?:nästa\s+)?(?:mötet|möte|kontoret|"
    r"kommunhuset|receptionen|fullmäktige\w*|nämnd\w*|samtalet|utvecklingssamtalet|er|dig|"
    r"henne|honom|dem|dom)\b"
)
"""The speaker bringing a weapon to where the person is ("tar jag med mig pappas jaktgevär
till mötet", "kommer med hagelbössan till fullmäktige"); a hunt or a shooting range is no
such place."""
_ARMED_WAIT = lazy(
    r"\b(?:(?:står|väntar|sitter)\s+(?:jag|vi)|(?:jag|vi)\s+(?:står|väntar|sitter|ska\s+ut|går\s+ut|"
    r"drar\s+ut))\s+"
    r"(?:\S+\s+){0,4}?med\s+(?:ett\s+|en\s+|mitt\s+|min\s+|pappas\s+)?" + _WEAPON + r"\b"
)
"""The speaker waiting armed where people will pass ("står jag utanför fullmäktige med ett
basebollträ")."""
_SAID_THAT = re.compile(
    r"\b(?:skrev|skrivit|skriver|skriva|sa|sade|sagt|påstod|hävdade|stod)\s+"
    r"(?:(?:någon|nån|ngn|folk|han|hon|de|dom|en\s+\w+)\s+)?(?:här\s+|i\s+går\s+|igår\s+|"
    r"nyss\s+|ovan\s+|tidigare\s+){0,3}att\b"
)
"""Before a call: it is someone else's, reported ("någon skrev att bussen borde brännas")."""
_OBJECTED = lazy(
    r"\b(?:det\s+är\s+(?:ett\s+)?(?:brott|olagligt|fel|sjukt|inte\s+ok\w*)|anmäl\w*|"
    r"(?:lämnat|lämnade|lämna|gett|gav|skickat|skickade)\s+(?:det|den|dem|brevet|lappen)\s+"
    r"till\s+polisen|"
    r"polisanmäl\w*|skäms|skadar\s+vår\s+sak|gör\s+(?:bara\s+)?(?:saken|det|allt)\s+(?:värre|sämre)|"
    r"hjälper\s+ingen|borde\s+tänka\s+efter|gick\s+över\s+gränsen|går\s+över\s+gränsen|"
    r"hör\s+inte\s+hemma)"
    r"|:\s*(?:nej|nä|sluta|lägg\s+av)\b"
)
"""After a call someone else wrote: the writer objects to it ("det är ett brott", "Folk som
skriver att man ska skjuta rånarna själv: nej.")."""


def _reported_and_objected(text: str, start: int, end: int) -> bool:
    """The call at [start, end) is what someone else wrote ("skrev att", just before it) and
    the writer objects to it after it ("det är ett brott", "gör bara saken värre")."""
    return (
        _SAID_THAT.search(text, max(0, start - 30), start) is not None
        and _OBJECTED.search(text, end) is not None
    )


_PAPERS = frozenset(
    [
        "blanketterna",
        "blanketter",
        "pappren",
        "papperna",
        "papper",
        "dokumenten",
        "reglerna",
        "förslagen",
        "besluten",
        "lappen",
        "lapparna",
        "broschyrerna",
        "räkningarna",
    ]
)
"""Things wished burnt or blown up in exasperation ("blanketterna borde brännas")."""
_BREAK_IN = lazy(
    r"\b(?:kom\s+(?:så\s+)?vi\s+|(?:ska|kan)\s+vi\s+(?:inte\s+)?|vi\s+(?:ska|kan|borde)\s+|"
    r"dags\s+att\s+|let'?s\s+)bryt(?:er|a)\s+(?:oss\s+)?in\b"
)
"""A call to break in together ("kom vi bryter oss in i simhallen"); a report is past tense
("någon bröt sig in") and "vi ska inte bryta oss in" is negated before the verb."""
_REPORTED_ACT = frozenset(["fick", "fått", "kunde", "lyckades", "hade", "gjorde", "har"])
"""Before "rösta två gånger": what happened, not a call ("där fick folk rösta två gånger")."""
_BAT_GAMES = lazy(
    r"\b(?:brännboll\w*|basebollmatch\w*|basebollträning\w*|softboll\w*|spela|spelar|"
    r"träning\w*|match\w*)\b"
)
_BALLOTS = lazy(
    r"\b(?:släng|kasta|göm|riv|bränn|elda\s+upp|ta\s+bort|byt\s+ut)\s+(?:\S+\s+){0,2}?"
    r"valsedl\w*|\brösta\s+(?:på\s+två\s+ställen|två\s+gånger|flera\s+gånger|dubbelt)"
)
"""A call to tamper with an election: binning a party's ballots, voting twice (both crimes
against the election, brottsbalken 17 kap.)."""
_WRITES_THAT = lazy(r"\b(?:skriver|skrev|säger|sa|sade|skriva|säga)\s+(?:\S+\s+)?$")
"""Right before a slogan: someone else's words, reported."""
_POACHERS = lazy(
    r"\bskjut(?:a)?\W+(?:skyffla|gräva|gräv|begrav|begrava)\W+(?:och\W+)?(?:tig|tiga)\b"
)
"""The poachers' slogan ("skjut, skyffla, tig": shoot the protected wolf, bury it, keep quiet)."""


_SABOTAGE = lazy(
    # sugar in a tank said as one verb ("sockra dieseltanken på skördaren")
    r"\bsockra\s+(?:\S+\s+)?(?:tanken|tankarna|bensintanken|dieseltanken|motorn)\b|"
    r"\b(?:häll|hälla|fixa|stoppa|spruta|lägg|lägga|tryck|trycka|smeta|smeta\s+in|pilla\s+in|"
    r"sätt|sätta|ös|ösa)\s+(?:\S+\s+){0,2}?(?:socker|sand|lim|superlim|silikon|tandpetare|tandpetar|smörsyra)\s+i\s+"
    r"(?:\S+\s+)?(?:tanken|tankarna|låsen|låset|låscylindern|låscylindrarna|motorn|"
    r"bensintanken|dieseltanken)\b"
    # proposed without a verb ("lite socker i tanken och sen är det stopp", "tips: lim i
    # låsen"), not told as done
    r"|(?<!hällde\s)(?<!hällt\s)(?<!stoppade\s)(?<!stoppat\s)(?<!hittade\s)(?:\blite\s+|(?<=:\s))"
    r"(?:socker|sand|lim|superlim)\s+i\s+(?:\S+\s+)?(?:tanken|tankarna|låsen|låset|motorn|"
    r"bensintanken|dieseltanken)\b"
    # spikes driven into trees to break the loggers' chains
    r"|(?<!att\s)\bspika\s+(?:\S+\s+)?(?:träden|stammarna|granarna|tallarna|ekarna|björkarna)\b"
    r"|\b(?:slå|spika|bulta)\s+in\s+(?:\S+\s+){0,2}?spik\w*\s+i\s+(?:\S+\s+)?"
    r"(?:stammarna|stammar|träden|träd|stockarna)\b"
    # a little petrol in a building's rooms ("Lite bensin i skolans soprum och så är det
    # slutdiskuterat"): arson proposed without a verb
    r"|\blite\s+(?:bensin|tändvätska|diesel)\s+(?:i|på|under|vid)\s+(?:\S+\s+)?"
    r"(?:soprum\w*|förråd\w*|entrén|garage\w*|kontor\w*|skolan|huset|villan|bilen|bodarna|"
    r"boden|baracken|ladan|trapphuset|källaren)\b"
    # tacks or broken glass strewn on a path to hurt those who use it ("tips till cyklisterna:
    # häftstift på ridstigen", "strö ut spik på cykelbanan")
    r"|(?:\blite\s+|(?<=:\s)|\b(?:strö|strössla|sprid|lägg|lägga|släng|slänga)\s+"
    r"(?:ut\s+)?)(?:häftstift|tumstift|spik|spikar|krossat\s+glas|glassplitter)\s+(?:på|över|längs)\s+"
    r"(?:\S+\s+)?(?:ridstigen|ridvägen|\w*stigen|cykelbanan|cykelvägen|gc-vägen|\w*vägen|spåret|"
    r"löparspåret|motionsspåret|elljusspåret|gångbanan|uppfarten|parkeringen)\b"
)
"""A call to sabotage with a household substance ("fixa lite lim i låsen", "häll socker i
tanken på skördaren"): the imperative or the infinitive, never the past tense of a report
("någon hällde socker i tanken")."""


_FRONTED_VICTIM = re.compile(
    r"\b(?:sånna|såna|sådana|sånt\s+folk\s+som)\s+(?:som\s+)?(?:er|dig|dej|du|ni|dom|dem|han|hon|"
    r"honom|henne|hen)\s+(?:ska|skall|borde|bör|skulle|kan)\s+(?:man|vi|ni|någon|nån|folk)\s+"
    r"(?:hänga|skjuta|döda|slå\s+ihjäl|bränna|dränka|avrätta|lyncha|spöa|misshandla|gasa|"
    r"knivhugga|stena|sätta\s+eld\s+på)\b(?!\s+(?:med|ut|upp|av|bort)\b)"
)
"""The victim named first ("sånna som er ska man hänga i lyktstolparna"): a call to kill them,
with the object before the verb where the grammar looks for it after."""
_THROW_AT = re.compile(
    r"\b(?:ägg|äggen|sten|stenar|stenarna|tomater|tomaterna|ruttna\s+\S+|färg|färgen|gödsel|"
    r"fiskrens|fiskrenset|mjölk|blod)\b(?:\s+(?!och\b|å\b|o\b)\S+){0,6}?\s+(?:och|å|o|sen|sedan|så)\s+"
    r"(?:(?:vi|ni|alla)\s+)?(?:kasta|släng|slänga|kastar|slänger)\s+(?:(?:dem|dom|de|det|allt)\s+)?"
    r"(?:på|mot)\s+(?P<who>[^\s.,!?]+)"
)
"""Something brought to be thrown at people ("ta med ägg och kasta på dom när de kommer in",
"ta mä ägg å fiskrens te samrådet å kasta på dom"): a call to assault them. Thrown at a
thing ("… och kasta dem på komposten") it is not; the past tense of a report is not read."""
_THROWN_AT = frozenset(
    ["dom", "dem", "de", "di", "honom", "henne", "hen", "politikerna", "politiker", "folk"]
)


_NOT_A_CALL = frozenset(["kommer", "skulle", "låta", "låter", "lät", "slipper", "fick"])
"""Before a verb of killing pets: a consequence foretold, an order someone else gives, a thing
one is spared ("beslutet kommer döda fler katter", "man slipper döda katter")."""
_LAID_OUT = frozenset(["lagt", "lade", "la", "hittat", "hittade", "hittades", "fanns"])
_DO_THE_SAME = lazy(r"\b(?:gör\s+likadant|gör\s+som\s+jag|gör\s+samma)\b")
"""Poison laid out is a warning ("nån har lagt ut råttgift i korv") unless others are told to
do the same ("Jag har lagt ut råttgift i köttbullar … Gör likadant")."""
_FUEL_AND_GONE = re.compile(
    r"\b(?:en\s+|ett\s+|lite\s+)?(?:dunk|dunkar|liter|flaska|flaskor|burk)\s+(?:med\s+)?"
    r"(?:bensin|diesel|tändvätska|fotogen)\s+(?:och|o|å|så)\s+(?:\S+\s+){0,3}?"
    r"(?:är\s+historia|är\s+borta|är\s+ett\s+minne\s+blott|brinner|försvinner|finns\s+inte\s+kvar)\b"
)
"""Arson proposed as a recipe ("En dunk bensin och skylten är historia", "en liter bensin så
brinner baracken"): the fuel and what is gone after it."""
_FUEL_SUM = re.compile(
    r"\b(?:bensin|diesel|tändvätska|fotogen|t-röd|rödsprit)\s*\+\s*(?:en\s+)?"
    r"(?:tändare|tändaren|tändsticka|tändstickor|tändstickan|eld|🔥)\s*(?:=|\S*\s*=)"
)
_FUEL_CALL = re.compile(
    r"\b(?:i\s*kväll|i\s*natt|vem\s+hänger\s+med|någon\s+som\s+har\s+tid|nån\s+som\s+har\s+tid|"
    r"vi\s+ses|vem\s+är\s+med|vilka\s+är\s+med|hänger\s+ni\s+med)"
)
"""Arson as a sum with a time or a call to join ("diesel + tändare = inget nytt förbudsskylt
😂🔥 nån som har tid ikväll i okvista?"): a plan; the sum alone may be a joke about a grill."""
_PETS = (
    r"(?:katter|katterna|katten|kattungar|kattungarna|kattjävlar|kattjävlarna|kissar|kissarna|"
    r"hundar|hundarna|hunden|hundjävlar|hundjävlarna|valparna)\b"
)
_PETS_HARMED = re.compile(
    # a call to kill them: the imperative or the infinitive, never a report's past tense
    r"(?<!att\s)(?<!har\s)\b(?:skjut|skjuta|förgifta|dränk|dränka|döda|slå\s+ihjäl|ta\s+livet\s+av|"
    r"ta\s+kål\s+på|ha\s+ihjäl|avrätta|strypa|sparka\s+ihjäl)\s+(?:alla\s+|varenda\s+|de\s+|dom\s+|"
    r"grannens\s+)?(?:\S+\s+)?" + _PETS +
    # poison laid in their food
    r"|\b(?:råttgift|gift|frostskyddsvätska|glykol|kylarvätska)\s+(?:i|på|blandat\s+i)\s+"
    r"(?:\S+\s+){0,2}?(?:tonfisk\w*|kattmat\w*|maten|fisken|köttbull\w*|korv\w*|leverpastej\w*)"
    r"(?=[^.!?]{0,60}\b(?:katt|hund|kiss))"
    # a gun said to work on them
    r"|\b(?:luftgevär\w*|hagelböss\w*|salongsgevär\w*|slangbåg\w*)\s+[^.!?]{0,40}?\b"
    r"(?:funkar|fungerar|duger|biter|räcker)\s+(?:\S+\s+){0,2}?(?:på|mot)\s+(?:\S+\s+)?" + _PETS
)
"""A call to kill pets ("skjut katterna vid återvinningen", "blanda råttgift i tonfisken till
katterna", "luftgevär från balkongen funkar fint på katterna"): incitement to animal cruelty.
Pest control ("råttgift i fällorna"), a vet's put-down and a report ("någon har förgiftat
katterna") are not calls."""


_FIREBOMB_MADE = lazy(
    r"\b(?:fixa|fixar|ordna|ordnar|bygg|bygga|bygger|tillverka|tillverkar|blanda|blandar|"
    r"gör|göra|ta\s+fram|skaffa|skaffar)\s+(?:\S+\s+){0,2}?"
    r"(?:molotov\w*|brandbomb\w*|rörbomb\w*|spikbomb\w*|bensinbomb\w*)"
)
"""A fire or pipe bomb to be made or got ("fixa en molotov till fredag"): nothing else is done
with one; the past tense of a report ("någon kastade en brandbomb") is not read."""
_AIM_FIREWORKS = lazy(
    r"(?:^|[.!?:\n]\s*|\b(?:ska|skall|kan|borde|bör)\s+(?:vi|ni|man|alla)\s+|\b(?:vi|ni)\s+"
    r"(?:ska|skall|borde|kan)\s+|\blåt\s+oss\s+|\bdags\s+att\s+|\boch\s+)"
    r"(?:rikta|sikta|skjut|skjuta|kasta|släng|slänga|avfyra|siktar|riktar|skjuter|kastar|"
    r"slänger)\s+(?:\S+\s+){0,2}?"
    r"(?:raket\w*|smällare\w*|fyrverkeri\w*|pyroteknik\w*|bangers?|romerska\s+ljus)\s+"
    r"(?:\S+\s+)?(?:mot|på|in\s+i|in\s+genom)\s+(?:\S+\s+){0,2}?"
    r"(?:polis\w*|snut\w*|bil\w*|buss\w*|folk|människor|personal\w*|brandm\w*|"
    r"ambulans\w*|väktar\w*|vakt\w*|ordningsvakt\w*|fönst\w*|hus\w*|kommunhuset|"
    r"dem|dom|honom|henne|dig|er|grann\w*|chauffö\w*|blåljus\w*)\b"
)
"""A call to aim fireworks at people, their vehicles or homes ("rikta raketerna mot
polisbilarna", "vi kan skjuta smällare in i busskuren"). Safety advice negates it
("rikta aldrig raketer mot folk") and has no such call; a report uses the past tense."""


_FIREWORKS_INTO = lazy(
    r"\b(?:raket\w*|smällare\w*|fyrverkeri\w*|bengal\w*|kinapuff\w*)\s+"
    # round 67: a few words may come between ("raketer till lördag 🎆 dom ska rakt in i …")
    r"(?:(?!som\b)[^\s.!?]+\s+){0,5}?(?:rakt\s+)?"
    r"(?:mot|in\s+i|in\s+genom)\s+(?:\S+\s+){0,2}?"
    r"(?:polis\w*|bil\w*|buss\w*|folk|personal\w*|brandm\w*|ambulans\w*|väktar\w*|"
    r"\w*fönst\w*|kommunhus\w*|\w*bod\w*|kontor\w*|\w*kontoret|dem|dom|honom|henne|grann\w*|"
    r"folkmass\w*|publik\w*|människo\w*|demonstrant\w*|tåget|kön)\b"
    # through or into someone's mailbox ("ett litet fyrverkeri genom brevlådan", "smällare i
    # brevlådan hos skvallergrannen")
    r"|\b(?:raket\w*|smällare\w*|fyrverkeri\w*|kinapuff\w*)\s+(?:\S+\s+)?(?:i|genom|in\s+i|"
    r"in\s+genom)\s+(?:\S+\s+){0,2}?(?:\w*brevlåd\w*|\w*ventil\w*)"
)
"""Fireworks sent at people, vehicles or buildings with no verb or a verb of one's own
("raketer mot byggbodarna på nyårsafton, vem hänger på?", "skickar vi upp fyrverkerierna rakt
in i kommunhusets fönster"). A report ("ungdomar sköt raketer mot bussen") and safety advice
("rikta aldrig raketer mot folk") have a past tense or a negation before it."""
_OTHERS_URGED = lazy(
    r"\b(?:uppmanade|uppmanat|uppmanades)\b[^.!?]{0,80}[.!?]\s+\S+(?:\s+\S+){0,3}\s+"
    r"(?:är\s+inte\s+(?:ok|okej)|är\s+(?:brott|olagligt|fel))"
)
"""A call someone else made, told of and objected to ("I en annan grupp uppmanade folk att ta
med ägg och smällare. Det är inte okej")."""
_REPORTED_HARM = lazy(
    r"\b(?:polisanmäl\w*|anmält|anmälde|polisen\s+är|inte\s+(?:ok|okej|oké|roligt|acceptabelt)|"
    r"någon\s+(?:har\s+)?(?:stoppat|stoppade|kastat|kastade|skjutit|sköt))"
)
"""What says the fireworks were a harm done or objected to, not one called for."""
_FIRED = frozenset(
    [
        # "det kom smällare in genom fönstret förra året": it came, it was not sent
        "kom",
        "flög",
        "flugit",
        "sköt",
        "skjutit",
        "kastade",
        "kastat",
        "riktade",
        "riktat",
        "avfyrade",
        "slängde",
        "slängt",
        "skickade",
        "skickat",
        "aldrig",
        "inte",
        "inga",
        "mot",
    ]
)


_TALK_OF = frozenset(["snack", "snacket", "prat", "pratet", "tal", "talet", "idén", "idéer"])
"""Talk about a call, named to reject it ("allt snack om att ta saken i egna händer")."""


_NEVER_THE_ANSWER = lazy(
    r"[\"'”’]?\s*(?:är|e)\s+(?:aldrig|inte|ingen)\s+(?:svaret|lösningen|rätt\s+väg|okej|ok|en\s+lösning)"
)
"""Right after a call: it is judged, not made ("att 'ta saken i egna händer' är aldrig
svaret")."""
_PEACEFUL_MEANS = lazy(
    r"[\s!.,–—-]+med\s+(?:ett\s+|en\s+|våra\s+|mina\s+)?(?:protestplakat\w*|plakat\w*|skylt\w*|"
    r"namnlist\w*|protestlist\w*|frågor|mejl|mail|brev|blommor|kaffe|kakor|bullar|fika|"
    r"sång|argument|synpunkter|överklaganden|petition\w*)"
)
"""What one storms the town hall with in a lawful protest, said right after or a few words on
("storma fullmäktige på torsdag! Med frågor alltså 😊")."""
_NOBODY_SHOULD = re.compile(
    r"\b(?:ingen|inga|ingen\s+av\s+er|ingen\s+här)\s+(?:ska|skall|får|bör|borde|behöver)\b"
    r"|\b(?:låt\s+bli\s+att|gör\s+inte|snälla\s+inte)\b"
)
"""The clause that holds the call begins by forbidding it: nobody should go and do it."""


def _incitement(p: Parsed) -> list[Finding]:
    """Organising violence or vandalism: calls, weapons to bring, safety devices to remove."""
    parts: list[tuple[float, int, int]] = []
    strong: list[Finding] = []
    for m in _ARMED_VISIT.finditer(p.text) if " med" in p.text else ():
        strong.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _ARMED_WAIT.finditer(p.text) if " med" in p.text else ():
        if _BAT_GAMES.search(p.text) is not None:
            continue  # "vi står vid entrén med ett basebollträ för brännbollen, kom och spela"
        if not _negated(p.words(*p.index(m.start(), m.end()))):
            strong.append(Finding("crime.threat", 0.85, m.start(), m.end(), "threat"))
    for m in _BREAK_IN.finditer(p.text) if " in" in p.text else ():
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _BALLOTS.finditer(p.text) if "valsedl" in p.text or "rösta" in p.text else ():
        i, _ = p.index(m.start(), m.end())
        if _REPORTED_ACT.isdisjoint(p.words(i - 3, i)) and not _negated(p.words(i - 4, i + 3)):
            strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _POACHERS.finditer(p.text) if "tig" in p.text and "skjut" in p.text else ():
        if _WRITES_THAT.search(p.text, max(0, m.start() - 25), m.start()):
            continue  # "när folk skriver skjut gräv och tig blir jag trött": quoted to object
        strong.append(Finding("crime.incitement", 0.85, m.start(), m.end(), "incitement"))
    for m in (
        _SABOTAGE.finditer(p.text)
        if " i " in p.text
        or "sockra" in p.text
        or "spik" in p.text
        or "stift" in p.text
        or "glas" in p.text
        else ()
    ):
        if _reported_and_objected(p.text, m.start(), m.end()):
            continue  # "Någon skrev att man skulle lägga spik på vägen. … har anmält"
        if _negated(p.words(*p.index(m.start(), m.end()))):
            continue  # "sätt inte socker i tanken, det är sabotage": a warning against it
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _FIREBOMB_MADE.finditer(p.text) if "bomb" in p.text or "molotov" in p.text else ():
        i, j = p.index(m.start(), m.end())
        if _negated(p.words(i - 3, j)) or _reported_and_objected(p.text, m.start(), m.end()):
            continue  # "ingen ska fixa några molotovs", "någon skrev 'fixa brandbomber' – anmält"
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _GRAFFITI_CALL.finditer(p.text) if "över" in p.text or " på " in p.text else ():
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _FUEL_AND_GONE.finditer(p.text) if "bensin" in p.text or "diesel" in p.text else ():
        if not _reported_and_objected(p.text, m.start(), m.end()):
            strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _FUEL_SUM.finditer(p.text) if "+" in p.text else ():
        if _FUEL_CALL.search(p.text) is not None and not _reported_and_objected(
            p.text, m.start(), m.end()
        ):
            strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _PETS_HARMED.finditer(p.text) if "katt" in p.text or "hund" in p.text else ():
        i, j = p.index(m.start(), m.end())
        if _negated(p.words(i - 3, j)) or _in_a_question(p, m.end()):
            continue  # "skjut inte katterna", "får man skjuta katter som …?"
        if _SAID_THAT.search(p.text, max(0, m.start() - 30), m.start()) is not None:
            continue  # "någon skrev att man ska förgifta katterna": reported
        lead = p.words(i - 3, i)
        if not _NOT_A_CALL.isdisjoint(lead):
            continue  # "beslutet kommer döda fler katter", "kommunen ska låta skjuta katterna"
        if m.group().startswith("döda ") and not m.group().endswith(("na", "en")):
            continue  # "döda katter och fåglar", "om döda hundar": dead, not "kill"
        if not _LAID_OUT.isdisjoint(lead) and _DO_THE_SAME.search(p.text, m.end()) is None:
            continue  # "nån har lagt ut råttgift i korv i hundrastgården!!!": a warning
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _FRONTED_VICTIM.finditer(p.text) if " som " in p.text else ():
        if not _negated(p.words(*p.index(m.start(), m.end()))) and not _reported_and_objected(
            p.text, m.start(), m.end()
        ):
            strong.append(Finding("crime.incitement", 0.85, m.start(), m.end(), "incitement"))
    for m in _THROW_AT.finditer(p.text) if "kast" in p.text or "släng" in p.text else ():
        i, j = p.index(m.start(), m.end())
        wi, wj = p.index(m.start("who"), m.end("who"))
        if not (m.group("who") in _THROWN_AT or p.person_at(wi, wj + 1) is not None):
            continue  # "ta med ägg och kasta dem på komposten"
        if _negated(p.words(i, j)) or _reported_and_objected(p.text, m.start(), m.end()):
            continue  # "ta med ägg men kasta dem inte på någon", a call reported and refused
        strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in _AIM_FIREWORKS.finditer(p.text) if " mot " in p.text or " på " in p.text else ():
        if not _negated(p.words(*p.index(m.start(), m.end()))):
            strong.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    for m in (
        _FIREWORKS_INTO.finditer(p.text)
        if " mot " in p.text or " in " in p.text or "brevlåd" in p.text or "ventil" in p.text
        else ()
    ):
        i, j = p.index(m.start(), m.end())
        before = p.words(i - 6, i)
        if (
            not _FIRED.isdisjoint(before)
            or any(w.endswith(("ade", "de", "at", "llt", "ngt")) for w in before)
            or "efter" in before
        ):
            # "ungdomar sköt raketer mot bussen", "någon stoppade smällare i brevlådan", "efter
            # att några ungdomar smällt smällare mot fönstren"
            continue
        if _REPORTED_HARM.search(p.text) is None and not strong:
            strong.append(Finding("crime.incitement", 0.75, m.start(), m.end(), "incitement"))
    if not load("incitement").maybe(p.text):
        return strong
    for h in tagged("incitement", "call").finditer(p.text):
        i, _ = p.index(h.start, h.end)
        if _TALK_OF.intersection(p.words(i - 4, i)):
            continue  # "allt snack om att ta saken i egna händer förstör för oss"
        if _negated(p.before(i, 2)):
            continue  # "ingen ska ta lagen i egna händer" (not "inga problem att ta …")
        if _NOBODY_SHOULD.search(" ".join(t.text for t in p.before(i, 10))):
            continue  # "ingen ska gå ner till torget och 'ta saken i egna händer'"
        if h.form.startswith("storma") and _PEACEFUL_MEANS.search(p.text, h.end, h.end + 40):
            continue  # "storma kommunhuset med ett protestplakat": a protest, no violence
        if _reported_and_objected(p.text, h.start, h.end):
            continue  # "Någon skrev att man skulle strö spik på cykelbanan. Jag har anmält det"
        if _NEVER_THE_ANSWER.match(p.text, h.end):
            continue  # "att 'ta saken i egna händer' är aldrig svaret": the call refused
        strong.append(Finding("crime.incitement", 0.85, h.start, h.end, "incitement"))
    urged = _OTHERS_URGED.search(p.text) is not None
    for kind, w in (("weapon", 0.5), ("tool", 0.3)) if not urged else ():
        for h in tagged("incitement", kind).finditer(p.text):
            i, _ = p.index(h.start, h.end)
            before = p.words(i - 6, i)  # "tar vi med oss lite extra tändvätska"
            if before[-1:] in (["inga"], ["ingen"], ["inget"], ["utan"]):
                continue  # "Ta med skyltar, inga ägg, inga smällare": what not to bring
            if not _WITH.isdisjoint(before) and not _BRING.isdisjoint(p.words(i - 8, i)):
                parts.append((w, h.start, h.end))
            elif not _WITH.isdisjoint(before[-2:]):
                parts.append((w / 2, h.start, h.end))
    for h in tagged("incitement", "remove").finditer(p.text):
        _, j = p.index(h.start, h.end)
        for t in p.after(j, 3):
            if tagged("incitement", "property").word(t.text) is not None:
                parts.append((0.35, h.start, t.end))
                break
    if tagged("incitement", "refuge").maybe(p.text):
        for h in tagged("incitement", "purge").finditer(p.text):
            _, j = p.index(h.start, h.end)
            if p.words(j, j + 1) in (["i"], ["efter"], ["skräp"], ["skräpet"], ["ogräs"]):
                continue  # "rensar upp i rabatterna": a cleaning day
            parts.append((0.55, h.start, h.end))
    for h in tagged("incitement", "plan").finditer(p.text):
        parts.append((weight(h.entry, 0.15), h.start, h.end))
    for ch in _PLAN_EMOJI if p.text and max(p.text) >= _PLAN_EMOJI_FROM else ():
        k = p.text.find(ch)
        if k >= 0:
            parts.append((0.1, k, k + len(ch)))
    total = sum(w for w, _, _ in parts)
    core = [x for x in parts if x[0] >= 0.3]
    if total >= INCITEMENT_THRESHOLD and core:
        strong += [
            Finding("crime.incitement", min(0.9, 0.5 + 0.3 * (total - 0.5)), s, e, "incitement")
            for _, s, e in core
        ]
    return strong


@cache
def _ut_med() -> re.Pattern[str]:
    return re.compile(r"\b(?:ut|bort)\s+med\s+(?:alla\s+|dom\s+|de\s+|dessa\s+)?")


_THING_ENDINGS = (
    "ingen",
    "platsen",
    "vägen",
    "gatan",
    "bilen",
    "bilar",
    "huset",
    "dörren",
    "porten",
    "skylten",
    "katten",
    "hunden",
    "himlen",
    "natten",
    "jackan",
    "tavlan",
    "asfalten",
    "marken",
    "isen",
    "vattnet",
    "skogen",
    "påsen",
    "säcken",
    "stenen",
    "fläcken",
    "hålet",
)
"""Nouns for things and places: "svarta" before one is a colour ("den svarta parkeringen")."""


def _colour_of_a_thing(p: Parsed, h: Hit) -> bool:
    """ "svarta" as the colour of the thing named next ("när jag går förbi den svarta
    parkeringen"), not the people it names elsewhere ("svarta ska ut")."""
    if h.form != "svarta":
        return False
    nxt = p.after(p.index(h.start, h.end)[1], 1)
    return bool(nxt) and nxt[0].text.endswith(_THING_ENDINGS)


def hate_speech(p: Parsed, violence: list[Finding] | None = None) -> list[Finding]:
    """A group (ethnicity, religion, sexual orientation...) with a dehumanising statement, a
    call for expulsion or violence in the same or the next sentence. Shared with `abusive`
    (hate speech against a group is both)."""
    out: list[Finding] = _dog_whistles(p) + _atrocity_wished(p) + _only_good(p) + _only_cure(p)
    groups = [h for h in tagged("hate", "group").finditer(p.text) if not _colour_of_a_thing(p, h)]
    for h in tagged("hate", "group_adj").finditer(p.text):
        _, j = p.index(h.start, h.end)
        if p.person_at(j, j + 1) is not None:
            groups.append(h)  # "de polska byggjobbarna"; not "polska" danced at midsummer
    if violence and tagged("incitement", "refuge").maybe(p.text):
        # A group's home or place of worship attacked stands for the group: "bränn ner
        # moskén", "stenar mot flyktingboendet" (the act itself must be found in the text).
        groups += [
            h
            for h in tagged("incitement", "refuge").finditer(p.text)
            if h.form not in _AMBIGUOUS_REFUGE
        ]
    all_slurs = list(load("slurs").finditer(p.text))
    slurs = [h for h in all_slurs if "pack" in h.form or "jävl" in h.form]
    # Any slur counts where it is driven out at once ("blattar ut ur Karby"); elsewhere only
    # the compounds of contempt ("blattepack", "muslimjävlar") stand for a group.
    expelled = [h for h in all_slurs if h not in slurs]
    if not groups and not slurs and not expelled:
        return out
    by_sentence: dict[int, list[tuple[str, Hit | Finding, int]]] = defaultdict(list)
    for kind in ("dehuman", "call", "stigma", "cull"):
        for h in tagged("hate", kind).finditer(p.text):
            hi = p.index(h.start, h.end)[0]
            by_sentence[p.sentence_of(hi)].append((kind, h, hi))
    for v in violence or []:
        vi = p.index(v.start, v.end)[0]
        by_sentence[p.sentence_of(vi)].append(("violence", v, vi))
    ut_med = _ut_med()
    for g in groups + slurs + expelled:
        gi = p.index(g.start, g.end)[0]
        sent = p.sentence_of(gi)
        is_slur = g in slurs
        only_expelled = g in expelled
        # Only this sentence and its neighbours: linear in the text, whatever its length.
        for kind, x, xi in (
            by_sentence.get(sent - 1, [])
            + by_sentence.get(sent, [])
            + (by_sentence.get(sent + 1, []))
        ):
            same = p.sentence_of(xi) == sent
            if only_expelled and not (
                kind == "call"
                and isinstance(x, Hit)
                and (
                    _right_after(p, g, x)
                    or (
                        x.form.startswith(("ut med", "bort med"))
                        and (m := ut_med.match(p.text, x.start)) is not None
                        and g.start == m.end()
                    )
                )
            ):
                continue
            if (
                kind == "call"
                and isinstance(x, Hit)
                and x.form in _OUT_OF
                and not _right_after(p, g, x)
            ):
                continue  # "barnen kom ut ur bussen": only a group driven out counts
            if kind == "dehuman":
                between = p.words(gi + 1, xi)
                if not same or xi <= gi or _negated(between) or len(between) > 8:
                    continue
                if not any(w in _LINKS for w in between):
                    continue
            elif kind == "stigma":
                # Calling a group criminal is hate speech; quoting that prejudice to refute
                # it is not, so the whole sentence is read for negation and counter-speech.
                between = p.words(gi + 1, xi)
                if not same or xi <= gi or len(between) > 6:
                    continue
                if not any(w in _LINKS for w in between):
                    continue
                sentence = _sentence_words(p, sent)
                if _negated(sentence) or any(w in _COUNTER_SPEECH for w in sentence):
                    continue
            elif kind == "cull":
                if not same or _negated(p.before(xi, 3)):
                    continue
            elif kind == "call":
                if _negated(p.before(xi, 2)):
                    continue
                if isinstance(x, Hit) and [t.text for t in p.before(xi, 1)] in (
                    ["det"],
                    ["sånt"],
                    ["sådant"],
                ):
                    continue  # "folk skrev vidriga saker om invandrare, det hör inte hemma här"
                if isinstance(x, Hit) and x.form.startswith(("ut med", "bort med")):
                    m = ut_med.match(p.text, x.start)
                    if m is None or not (g.start == m.end() or is_slur):
                        continue
            elif isinstance(x, Finding) and x.detector == "crime.threat" and not same:
                continue
            lo, hi = min(g.start, x.start), max(g.end, x.end)
            if _reported_and_objected(p.text, lo, hi):
                continue  # "någon här skrev att muslimer är en pest. … anmäl det"
            out.append(Finding("crime.hate_speech", 0.85, lo, hi, "hate"))
    return out


_OUT_OF = frozenset(["ut ur", "ut härifrån", "ut från"])


def _right_after(p: Parsed, g: Hit, x: Hit | Finding) -> bool:
    """The call follows the group at once ("muslimer ut ur Sverige", "blattar ut härifrån")."""
    return 0 <= x.start - g.end <= 2 and not p.text[g.end : x.start].strip(" ,!")


def _sentence_words(p: Parsed, sentence: int) -> list[str]:
    """The words of one sentence: read whole for negation and counter-speech."""
    return [t.text for t in p.tokens if t.sentence == sentence]


_AMBIGUOUS_REFUGE = frozenset(["lägret", "förläggningen", "bosättningen"])
"""Refuge words that are as often a scout camp or a military site."""
_DOG_WHISTLE = lazy(
    r"\({3}\s?[^()\s][^()]{0,40}?\s?\){3}"  # echo brackets around a (Jewish) name
    r"|(?<![\d/-])\b14\s?[/|\\-]\s?88\b(?![/-]?\d)"
    r"|(?<![\d/-])\b1488\b(?![/-]?\d)(?!\s*(?:kr|kronor|:-|sek|st\b|m\b|meter|år|kvm|m2))"
    r"|\b(?:sieg|seig)\s+heil\b|\bheil\s+hitler\b|\bhail\s+hitler\b|\bwhite\s+power\b"
    r"|\bvit\s+makt\b|\b(?:det\s+stora\s+)?befolkningsutbyte\w*|\bfolkutbyte\w*"
    r"|\b(?:the\s+)?great\s+replacement\b|\bden\s+stora\s+utbytet\b|\bzog\b"
)
"""Typographic and numeric dog whistles whose only use is to mark hatred of a group: echo
brackets, 14/88, a Nazi salute, the 'great replacement'. Not a bare 88 (a year, a score)."""


_WHISTLE_EXCUSED = (
    "skrev",
    "skrivit",
    "klotter",
    "klottrat",
    "klistermärke",
    "nazistkod",
    "nazistsymbol",
    "anmält",
    "anmäla",
    "anmäl",
    "tog bort",
    "ta bort",
    "sanera",
    "personnummer",
    "sista fyra",
    "slutsiffr",
    # a race bib or a queue ticket, and someone who has just learnt what the code means
    "startnummer",
    "nummerlapp",
    "kölapp",
    "visste inte att",
    # someone explaining, listing or reporting the codes (round 47): "ZOG är en antisemitisk
    # konspirationsteori", "vilka symboler och siffror ska personalen hålla koll på?"
    "betyder",
    "används som",
    "används ofta",
    "symbol",
    "koder",
    "rapporterat",
    "antisemitisk",
    "konspirationsteori",
    "hets mot folkgrupp",
    "white power-tecken",
    "fyller 88",
    "slogan",
    "kommentarer om",
    "användarnamn",
)
"""Words of someone who reports a dog whistle rather than uses it ("någon har klottrat 1488
på tunneln, har anmält"), or who gives the digits as part of a number."""


_ATROCITY = (
    r"(?:kristallnatt(?:en)?|förintelse(?:n)?|pogrom(?:er|en)?|slutlösning(?:en)?|"
    r"gaskammare(?:n|na)?|gaskamrar(?:na)?|koncentrationsläger|koncentrationslägren|"
    r"utrotningsläger|etnisk\s+rensning|folkmord(?:et)?|holocaust)\b"
)
_ATROCITY_WISHED = re.compile(
    r"\b(?:behövs|behövs\s+det|behöver\s+(?:vi|ni|sverige|landet|kommunen|\w+\s+)|"
    r"dags\s+för|borde\s+(?:ha|få)|hoppas\s+på|längtar\s+(?:efter|till)|önskar|"
    r"väntar\s+på|vill\s+ha|ge\s+oss|kör|köra|kan\s+vi\s+få|skulle\s+behövas)\s+"
    r"(?:en\s+|ett\s+|lite\s+|ännu\s+en\s+|en\s+ny\s+|en\s+till\s+|ny\s+|nya\s+|fler\s+|"
    r"mer\s+|\w+\s+en\s+)?" + _ATROCITY + r"(?!\s*(?:-|om|i\s+skolan|undervisning))"
    r"|\b" + _ATROCITY + r"\s+(?:2\.0|nu|snart|nästa|igen|åt\s+dem|åt\s+dom|för\s+dem|"
    r"för\s+dom|för\s+alla)\b"
    r"|\bgöra\s+som\s+(?:i|på|med)\s+(?:srebrenica|auschwitz|rwanda|kristallnatten|judarna)\b"
    r"|\b(?:in\s+i|till)\s+(?:gaskammar\w*|ugnarna|ugnen|lägren|koncentrationsläger\w*)\s+"
    r"med\s+(?:dem|dom|er|alla|hela|de)\b"
    r"|\b(?:gas\s+them|gas\s+the|send\s+them\s+to\s+the\s+(?:ovens|camps)|"
    r"another\s+holocaust|holocaust\s+2\.0)\b"
    # round 102: the genocide to be finished, or denied
    r"|\bfinish(?:es|ed)?\s+what\s+(?:was\s+started|(?:hitler|he|they)\s+started)\s+in\s+19(?:3[3-9]|4[0-5])\b"
    r"|\b(?:avsluta|fullborda|slutföra)\s+(?:det\s+)?(?:som\s+)?(?:hitler|de|dom)\s+(?:påbörjade|började)\b"
    r"|\bförintelsen\s+(?:är|var)\s+(?:en\s+)?(?:bluff|lögn|myt|påhitt)\b"
)
"""A genocide or pogrom wished again ("det behövs en ny kristallnatt", "dags för
slutlösningen", "vi borde göra som i Srebrenica", "gas them all", "finish what was started in
1942") or denied ("Förintelsen var en bluff"): hate against the group it struck,
named or not. Remembrance ("aldrig mer en kristallnatt", "behövs mer undervisning
om förintelsen") is no wish."""
_ATROCITY_NEEDLES = (
    "1942",
    "1943",
    "1944",
    "finish",
    "avsluta",
    "fullborda",
    "slutföra",
    "kristallnatt",
    "förintelse",
    "pogrom",
    "slutlösning",
    "gaskam",
    "läger",
    "rensning",
    "folkmord",
    "srebrenica",
    "auschwitz",
    "rwanda",
    "holocaust",
    "gas th",
    "ugn",
    "send them",
)


_ONLY_CURE = re.compile(
    r"\bdet\s+enda\s+(?:som\s+(?:hjälper|biter|funkar|fungerar|duger|hjälpte|bet)\s+(?:mot|på)\s+"
    r"(?P<who>(?:\S+\s+){0,3}?\S+)|(?P<who2>(?:\S+\s+){0,2}?\S+)\s+förstår)\s+(?:är|e|var)\s+"
    r"(?:\S+\s+){0,4}?(?:en\s+|ett\s+)?(?:kula|kulor|kulan|bly|fotogen|bensin|tändsticka|tändstickor|"
    r"tändstickan|repet|rep|snaran|gas|gasen|stryk|spö|våld|brasan|bålet|eld|elden|kniven|"
    r"påken|batongen|hagelbössan|geväret|ugnen|ugnarna)\b"
)
"""The only cure for a group, said to be violence ("det enda som hjälper mot t*ttare är en
dunk fotogen och en tändsticka", "det enda dom där förstår är en kula"): a call against the
group. The cure that is words or money ("det enda som hjälper mot romers utsatthet är
jobb") names no violence."""


_ONLY_GOOD = re.compile(
    r"\b(?:den|det|de|dom)\s+enda\s+bra\s+(?P<who>\S+)\s+(?:är|e)\s+(?:en\s+|ett\s+)?"
    r"(?:död|döda|dött|nedbrunnen|nedbrunnet|nedbrunna|nedbränd|nedbränt|nedbrända|sprängd|sprängt|"
    r"sprängda|skjuten|skjutna|hängd|hängda)\b"
    r"|\bthe\s+only\s+good\s+(?P<who2>\S+)\s+is\s+a\s+dead\b"
)
"""The only good one of a group is a dead one ("den enda bra moskén är en nedbrunnen moské",
"the only good X is a dead X"): a wish of their death or their buildings burnt."""


def _only_good(p: Parsed) -> list[Finding]:
    if "enda bra" not in p.text and "only good" not in p.text:
        return []
    out: list[Finding] = []
    for m in _ONLY_GOOD.finditer(p.text):
        who = (m.group("who") or m.group("who2") or "").strip(".,!?:;")
        if _a_group(who) or tagged("incitement", "refuge").word(who) is not None:
            out.append(Finding("crime.hate_speech", 0.85, m.start(), m.end(), "hate"))
    return out


def _only_cure(p: Parsed) -> list[Finding]:
    if "det enda" not in p.text:
        return []
    out: list[Finding] = []
    for m in _ONLY_CURE.finditer(p.text):
        who = (m.group("who") or m.group("who2") or "").split()
        if not any(_a_group(w.strip(".,!?:;")) for w in who):
            continue  # "det enda som hjälper mot getingar är gift"
        if _reported_and_objected(p.text, m.start(), m.end()) or _in_a_question(p, m.end()):
            continue
        out.append(Finding("crime.hate_speech", 0.85, m.start(), m.end(), "hate"))
    return out


def _atrocity_wished(p: Parsed) -> list[Finding]:
    if not any(n in p.text for n in _ATROCITY_NEEDLES):
        return []
    out: list[Finding] = []
    for m in _ATROCITY_WISHED.finditer(p.text):
        i, j = p.index(m.start(), m.end())
        if _negated(p.before(i, 6)) or _negated(p.words(i, j)):
            continue  # "aldrig mer en kristallnatt", "vi behöver inte en ny förintelse"
        if _in_a_question(p, m.end()) or reported_slogan(p.text, m.start()):
            continue
        if _reported_and_objected(p.text, m.start(), m.end()):
            continue  # "någon skrev att det behövs en ny kristallnatt, det är hets"
        out.append(Finding("crime.hate_speech", 0.85, m.start(), m.end(), "hate"))
    return out


def _dog_whistles(p: Parsed) -> list[Finding]:
    if not any(
        n in p.text
        for n in ("(((", "88", "heil", "hitler", "power", "makt", "utbyte", "replacement", "zog")
    ):
        return []
    if any(w in p.text for w in _WHISTLE_EXCUSED):
        return []
    out: list[Finding] = []
    quoted = quoted_spans(p.text)
    for m in _DOG_WHISTLE.finditer(p.text):
        if any(a <= m.start() < b for a, b in quoted):
            continue  # "ord som ”folkutbyte”": the word mentioned, not used
        i = p.index(m.start(), m.end())[0]
        if reported_slogan(p.text, m.start()):
            continue  # "en klasskamrat skrek Heil Hitler vid montern": reported, not said
        sentence = _sentence_words(p, p.sentence_of(i))
        # "prata om 'befolkningsutbyte' är en konspirationsteori": quoting it to refute it
        if m.group().startswith(("befolk", "folkutb", "great", "the", "den", "det")) and (
            _negated(sentence)
            or any(w in _COUNTER_SPEECH for w in sentence)
            or any(w.startswith("konspiration") for w in sentence)
        ):
            continue
        out.append(Finding("crime.hate_speech", 0.85, m.start(), m.end(), "hate"))
    return out


_WRITTEN_OR_SHOUTED = frozenset(
    [
        "skrek",
        "ropade",
        "sprejat",
        "sprayat",
        "sprejade",
        "sprayade",
        "klottrat",
        "klottrade",
        "skrivit",
        "ritat",
        "ritade",
        "målat",
        "målade",
        "orden",
    ]
)
"""Right before a slogan: what someone shouted, sprayed or painted, reported."""


def reported_slogan(text: str, start: int) -> bool:
    """Whether one of the three words before `start` says someone shouted, sprayed or wrote
    what follows ("skrek Heil Hitler", "har sprejat orden Sverige åt svenskarna")."""
    before = re.split(r"[.!?\n]", text[max(0, start - 40) : start])[-1]
    return not _WRITTEN_OR_SHOUTED.isdisjoint(before.split()[-3:])


_LINKS = frozenset(["är", "e", "var", "som", "liknar", "beter", "lever", "=", "are", "is", "like"])
"""Words that make a group noun and a dehumanising word a statement ("X är djur")."""
_COUNTER_SPEECH = frozenset(
    [
        "påstår",
        "påstå",
        "påstås",
        "sägs",
        "säger",
        "fördom",
        "fördomar",
        "fördomen",
        "myt",
        "myten",
        "rasism",
        "rasist",
        "rasister",
        "rasistiskt",
        "rasistisk",
        "generalisera",
        "generaliserar",
        "generalisering",
        "stämmer",
        "sant",
        "fel",
    ]
)
"""Words that make "X är kriminella" a quotation, a question or a refutation rather than the
writer's own claim ("folk påstår att invandrare är kriminella, det är en myt")."""


_FIRE_PARTY = lazy(
    r"\b(?:grilla|grillar|grillfest|grillkväll|elda|eldar|brasa|brasan|mysbrasa|värma\s+upp|"
    r"tända\s+(?:en\s+|lite\s+)?(?:brasa|marschaller|ljus))\b[^\n]{0,100}?"
    r"\b(?:bensin\w*|diesel\w*|fotogen\w*)\b"
)
_OTHERS_PROPERTY = lazy(
    r"\b(?:[a-zåäö]{3,}s|hans|hennes|deras|hens)\s+(?:altan|altanen|hus|huset|villa|"
    r"villan|bil|bilen|veranda|verandan|trappa|trappan|dörr|dörren|garage|garaget|carport|"
    r"kontor|kontoret|stuga|stugan|sommarstuga|sommarstugan|tomt|tomten|radhus|lägenhet)\b"
)


def _fire_party(p: Parsed) -> list[Finding]:
    """A fire announced as a party at someone else's home, with petrol ("vi ska grilla på
    kommunalrådets altan i helgen 😏 med bensin", "tänkte elda lite hos grannens carport, tar
    med dieseln"): nobody grills or lights a fire with petrol. Tändvätska and charcoal are a
    barbecue; one's own house is one's own business."""
    m = _said_not_denied(p, _FIRE_PARTY)
    if m is None or _OTHERS_PROPERTY.search(p.text) is None:
        return []
    return [Finding("crime.threat", 0.8, m.start(), m.end(), "threat")]


def _said_not_denied(p: Parsed, rx: re.Pattern[str]) -> re.Match[str] | None:
    """The first match of one of the phrase rules below, unless a negation stands in the
    three words before it ("vi ska inte …")."""
    m = rx.search(p.text)
    if m is None or _negated(p.before(p.index(m.start(), m.end())[0], 3)):
        return None
    return m


_HACK_SOMEONE = lazy(
    r"(?<!försöka )(?<!försöker )(?<!försökte )(?<!försökt )(?<!att )"
    r"\b(?:hacka|hackar\s+(?:vi|jag)|(?:vi|jag)\s+hackar|hacka\s+in\s+(?:dig\s+|er\s+)?på|hack)\s+"
    r"(?:hans|hennes|hens|deras|(?:ditt|ert|ditt\s+gamla)\s+ex(?::?s)?|exets|(?!ens\s)[a-zåäö]{3,}s)\s+"
    r"(?:\S+\s+)?(?:telefon|mobil|mobilen|telefonen|konto|konton|kontot|mejl|mejlen|mail|"
    r"mailen|snap|insta|instagram|facebook|fb|sida|sidan|dator|datorn|icloud|whatsapp|phone|"
    r"account)\b"
)
_LEAK_CALL = lazy(
    r"(?<!att )(?<!kan )(?<!kunde )(?<!hotar )(?<!hotade )"
    r"\b(?:(?:dumpa|dump)\s+(?:hela\s+)?(?:databasen|databaserna|registret|registren|servern)|"
    r"(?:lägg|lägga|lägger)\s+(?:upp|ut)\s+(?:den\s+|hela\s+)?(?:dumpen|läckan|databasen|"
    r"registret|de\s+läckta\s+\w+)|"
    r"(?:publicera|sprid|sprida|läck|läcka)\s+(?:hela\s+)?(?:dumpen|databasen|läckan|"
    r"registret|de\s+läckta\s+\w+)|"
    # what came out of a breach, spread ("sprida alla personnummer från läckan")
    r"(?:publicera|sprid|sprida|lägg\s+ut|lägga\s+ut)\s+(?:\S+\s+){0,5}?från\s+"
    r"(?:läckan|dumpen|intrånget|databasen))"
)
"""A call to dump a stolen database or publish what leaked from a breach ("hjälp mig dumpa
databasen", "lägg upp dumpen publikt så alla ser"): unlawful access and sharing of others'
data. Not the breach reported, or a threat to leak reported ("de hotar att publicera
databasen")."""
_DDOS = lazy(
    r"\bddos(?:a|ar|:a)\b|"
    # round 66: the same attack in plain words, with what it is for ("om vi är 200 som kör ett
    # litet script mot inloggningen ikväll så ligger den nere hela helgen")
    r"\b(?:kör|köra|kör\s+vi|vi\s+kör)\s+(?:\S+\s+){0,3}?(?:script|skript|bot|botar|bottar)\s+"
    r"mot\s+(?:\S+\s+)?(?:inloggningen|sidan|portalen|servern|hemsidan|sajten|e-tjänsten|"
    r"systemet|webben)\b(?=[^.!?]*[.!?]?[^.!?]*\b(?:nere|krasch\w*|överbelast\w*|sänk\w*)\b)|"
    # round 73: a flood of fake requests ("skicka in 10 000 fake-felanmälningar … Sänk skiten")
    r"\b(?:skicka|skickar|spamma|spammar)\s+(?:in\s+)?(?:\d[\d\s]*|tusentals\s+|hundratals\s+|"
    r"massor\s+(?:av\s+)?)(?:\S+\s+){0,2}?\S*(?:felanmälningar|anmälningar|ansökningar|mejl|mail|"
    r"förfrågningar|requests|bokningar)\b"
    r"(?=[^.!?]*[.!?]?[^.!?]*\b(?:nere|krasch\w*|överbelast\w*|sänk\w*)\b)"
)
"""A denial-of-service attack asked for or offered ("nån som kan ddosa kommunens hemsida?",
"kör ett script mot inloggningen så ligger den nere"); "sajten blev ddosad" reports one."""
_FORGED_PAPERS = lazy(
    r"\b(?:köp|säljer|sälj|fixar|erbjuder|beställ|order|buy)\s+"
    r"(?:\S+\s+){0,4}?[\w-]*?(?:intyg|intyget|körkort|körkortet|betyg|betyget|examensbevis|"
    r"legitimation|id-kort|pass|sjukintyg|läkarintyg|certifikat|diplom)\b"
    r"[^.!?\n]{0,50}?\butan\s+(?:prov|provet|uppkörning|uppkörningen|test|tester|examen|"
    r"kurs|kursen|att\s+plugga|teori)"
    r"|\b(?:köp|säljer|sälj|fixar|erbjuder)\s+(?:\S+\s+){0,2}?falska\s+"
    r"(?:intyg|körkort|betyg|id-kort|pass|sjukintyg|läkarintyg|legitimationer|papper)\b"
)


_DRUGS_SOLD = lazy(
    r"\b(?:köp|beställ|(?:jag|vi)\s+säljer|säljer\s+billigt|har\s+(?:bra\s+)?grejer|"
    r"(?:^|(?<=[.!?,]\s)|jag\s+|vi\s+)har)\s+"
    r"(?:\S+\s+){0,3}?(?:cannabis|hasch|weed|gräs|marijuana|kokain|kola|tjack|amfetamin|knark|"
    r"xanax|tramadol|spice|lsd|ecstasy|mdma|benzo)\b[^.!?\n]{0,60}?"
    r"(?:\bav\s+mig\b|\bhos\s+mig\b|\bdm\b|\bpm\b|\bswish\w*|\bbillig\w*|skolgård\w*)"
)


_DOPING = lazy(
    r"\b(?:anabola|steroider|testosteron|test\s+e|trenbolon|tren|dbol|dianabol|anavar|"
    r"nandrolon|deca|clen|clenbuterol|sarms?|hgh|tillväxthormon|peptider)\b"
)
_DOPING_SALE = lazy(
    r"\b(?:dm|pm|swish\w*|i\s+lager|leverans|levereras|hämtas|telegram|snap|kan\s+fixa|"
    r"fixar|säljer|kur\s+för|\d+\s*kr|billigt|skriv\s+pm)\b"
)
_REPORTED_SALE = lazy(
    r"\b(?:polisen|anmäl\w*|beslag\w*|varning|varnar|någon\s+säljer|folk\s+säljer|"
    r"det\s+säljs|dopingkontroll\w*|antidoping)\b"
)
"""Doping offered for sale ("test e, tren, dbol i lager, dm på snap", "jag kan fixa
nandrolon åt dig, 1200 för en flaska"): a crime under the doping law, by the corpus's
convention `crime` (and `spam`). Not a report of someone else selling or a seizure."""


def _criminal_service(p: Parsed) -> list[Finding]:
    """A crime offered or asked for as a service: breaking into someone else's phone or
    account ("Hacka hans telefon på 24h, 100% diskret", "nån som kan hacka kommunens mejl?"),
    certificates and licences sold without the exam ("köp körkort utan uppkörning"), or
    drugs offered ("köp cannabis billigt av mig o sälj vidare på skolgården").
    Someone who was hacked ("mitt konto blev hackat"), advice on keeping one's own account
    safe ("så skyddar du dig mot att någon hackar din telefon") and a joke about one's own
    exam stay ordinary."""
    out: list[Finding] = []
    doping = _DOPING.search(p.text)
    if doping is not None and _DOPING_SALE.search(p.text) and not _REPORTED_SALE.search(p.text):
        out.append(Finding("crime.incitement", 0.75, doping.start(), doping.end(), "incitement"))
    for rx in (_HACK_SOMEONE, _FORGED_PAPERS, _DRUGS_SOLD, _LEAK_CALL, _DDOS):
        if (m := _said_not_denied(p, rx)) is not None:
            out.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    return out


_KILL_YOURSELF = lazy(
    r"(?<![\w'’\"”-])kys(?![\w'’\"”=-])(?!\s+(?:betyder|står|=|är\s+(?:en|ett|inte)|i\s+vår))"
    r"|\bta\s+livet\s+av\s+(?:dig|dej|er|dig\s+själv)\b"
    r"|\bhäng\s+(?:dig|dej|er)\b(?!\s+(?:på|med|kvar|fast|inte|upp))"
    r"|\bkill\s+(?:yo)?ur\s?self\b|\bkill\s+yourselves\b"
    r"|\bsvälj\s+(?:hela\s+)?(?:burken|tabletterna|pillren|askan)\b"
    r"|\bhoppa\s+(?:framför|ut\s+framför)\s+(?:tåget|pendeln|bussen|roslagsbanan|ett\s+tåg)\b"
)
_SUICIDE_REPORTED = frozenset(
    ["att", "skriver", "skrev", "skrivit", "sa", "sade", "säger", "sagt", "kallade", "typ", "som"]
)


def urging_suicide(p: Parsed) -> list[Finding]:
    """Telling someone to kill themselves ("kys", "ta livet av dig då", "gå o häng dig i
    målställningen", "svälj hela burken"): the corpus's convention counts it as crime (and
    abusive, which reads it here too). Not when it is reported or asked ("hon fick 'ta livet
    av dig' i sina dms", "tänker du på att ta livet av dig?"), explained ("vad betyder kys?")
    or quoted (dropped with every quoted finding in `_unquoted`)."""
    out: list[Finding] = []
    for m in _KILL_YOURSELF.finditer(p.text):
        i, _ = p.index(m.start(), m.end())
        before = p.words(i - 3, i)
        if _SUICIDE_REPORTED.intersection(before) or _negated(before[-2:]):
            continue
        if "betyder" in p.text or "står för" in p.text:
            continue  # the word explained
        if not _OWN.isdisjoint(p.words(i - 4, i)):
            continue  # "jag kommer ta livet av dig": the speaker's own act, read as a threat
        out.append(Finding("crime.incitement", 0.8, m.start(), m.end(), "incitement"))
    return out


_LINE_ACROSS = lazy(
    # written with or without å/ä/ö ("spanna en lina over gang och cykelvagen")
    r"\b(?:sp[äa]nna|sp[äa]nner|sp[äa]nn|s[äa]tta\s+ut|s[äa]tter\s+ut|s[äa]tt\s+ut|"
    r"s[äa]tta\s+upp|s[äa]tt\s+upp|dra|drar)\s+(?:(?:vi|jag|ni|man|de|dom)\s+)?"
    r"(?:en\s+|ett\s+)?(?:lina|linor|vajer|vajrar|st[åa]ltr[åa]d|st[åa]lvajer|rep|fiskelina)\s+"
    r"(?:(?:\S+\s+){0,3}?(?:tv[äa]rs\s+)?[öo]ver\s+(?:\S+\s+){0,2}?(?:v[äa]gen|g[åa]ng\w*|"
    r"cykel\w*|stigen|sundet|sp[åa]ret|leden|skoterleden|motionssp[åa]ret|backen|gatan)|"
    # round 67: at the height of a rider's knee or neck, between two trees
    r"(?:\S+\s+){0,2}?i\s+(?:kn[äa]|hals|huvud|br[öo]st|midje)h[öo]jd|"
    r"(?:\S+\s+){0,2}?mellan\s+(?:tv[åa]\s+)?(?:tr[äa]d\w*|tallar\w*|granar\w*|stolpar\w*|"
    r"stammar\w*|bj[öo]rkar\w*))"
)
_PAY_OR_PUBLISH = lazy(
    r"\b(?:swisha|betala|skicka|fixa)\s+(?:mig\s+)?\d+\s*(?:kr|spänn|:-)?\s+(?:\S+\s+){0,4}?så\s+"
    # the inverted clause is also read straightened ("så jag lägger inte ut")
    r"(?:jag\s+)?(?:lägger|publicerar|sprider|visar|postar|skickar)\s+(?:jag\s+)?inte\s+(?:ut\s+)?"
)


_POISONED_DRINK = lazy(
    r"\b(?:häll|hälla|häller|blanda|blanda\s+in|lägg|lägga)\s+(?:\S+\s+){1,5}?i\s+"
    r"(?:hans|hennes|hens|deras|[a-zåäö:]{2,}s)\s+(?:\S+\s+)?(?:kaffe|te|mat|dricka|glas|"
    r"vattenflaska|vatten|kopp|mugg|termos|lunch|lunchlåda|matlåda|öl|vin)\b"
)
"""Something poured into someone's coffee or food ("Häll deras egen nickellösning i VD:ns
kaffe"); "häll mjölk i hans kaffe" is no harm, so a `_POISON` word must stand in the text."""
_POISON = lazy(
    r"\b(?:\w*lösning\w*|gift\w*|\w*gift|råttgift|lut|klorin|frostskydds\w*|glykol|"
    r"tabletter|sömnmedel|laxer\w*|kemikalie\w*|\w*syra|bensin|diesel)\b"
)
_FUEL_ENOUGH = lazy(
    r"\b(?:diesel|bensin|tändvätska|fotogen|bränsle|t-sprit|rödsprit)\b[^.!?]{0,60}[.!?]?\s*"
    r"[^.!?]{0,30}?\bräcker\s+(?:till|för)\s+(?:ett|en|hela|både)?\s*(?:\w*kontor\w*|\w*hus\w*|"
    r"villa\w*|moské\w*|kyrka\w*|skola\w*|\w*bod\w*|\w*förråd\w*|bil\w*|garage\w*)\b"
)
"""Fuel at hand "enough for a bank office" ("Jag har gott om diesel på gården. Det räcker till
ett bankkontor om någon frågar"): arson promised without its verb."""
_EMOJI_ARSON = re.compile(
    r"[🕌⛪🏠🏡🏫🏢🏛🕍🏚🚗🚙🚌🚓🚐🚚🚛🚜🚑🏘🏬🏪]\ufe0f?\s*\+\s*🔥|🔥\s*\+\s*[🕌⛪🏠🏡🏫🏢🏛🕍🏚🚗🚙🚌🚓🚐🚚🚛🚜🚑🏘🏬🏪]"
)
"""A building or a car added to fire ("minareten 🕌 + 🔥 = 😍 snart"): arson in emoji sums."""
_TRAPS_FOR = lazy(
    r"\b(?:sätta|sätter|sätt|lägga|lägger|lägg|gillra|gillrar)\s+(?:ut\s+)?(?:\S+\s+)?"
    r"(?:fällor|fälla|fällan|fällorna|saxar|sax|spikmattor|spikmatta)\s+(?:åt|för)\s+"
    r"(?:grann\w*|honom|henne|hen|dem|dom|dig|er|\w*ägare\w*|\w*chef\w*|politiker\w*|"
    r"inspektör\w*|handläggar\w*)\b"
)
"""Traps set for a person ("sätta ut fällor åt grannen i nr 12 istället för åt råttorna")."""
_ARMED_ARRIVAL = re.compile(
    r"\b(?:kommer|kommer\s+vi|vi\s+kommer|dyker\s+upp|ses|väntar)\s+(?:\S+\s+){0,2}?med\s+"
    r"(?:en\s+|ett\s+|vår\s+|min\s+)?[🪓🔪🔫💣🗡]"
)
"""Arriving with an axe or a knife in emoji ("tills vi kommer med 🪓 och städar upp")."""
_NEXT_ONE_BEATEN = re.compile(
    r"\bnästa\s+\w+\s+(?:som\s+)?(?:vi|jag)\s+(?:ser|hittar|får\s+tag\s+på|tar|sätter\s+dit|"
    r"fångar)\s+(?:\w+\s+)?får\s+(?:stryk|spö|däng|på\s+käften|på\s+nöten|smaka\s+på\s+\w+)\b"
)
"""Whoever is caught next is promised a beating ("Nästa dumpare vi ser får stryk")."""
_WHOEVER_GETS_A_BLADE = re.compile(
    r"\b(?:den|dom|de|alla|nästa(?:\s+\w+)?)\s+som\s+[^.!?]{1,60}?\bfår\s+(?:en\s+|ett\s+|lite\s+)?"
    r"(?:🔪|🔫|🪓|🗡|💣|(?:kula|kulan|hammare|hammaren|yxa|yxan|kniv|kniven|järnrör|"
    r"järnröret|slägga|släggan|basebollträ|tegelsten|sten)\s+i\s+(?:skallen|huvudet|pannan|"
    r"nacken|ansiktet|magen|bröstet|ryggen|pallet|nyllet))"
)
"""Whoever does something gets a blade in emoji or a hammer in the skull ("den som ringer
polisen på mina gäster igen får 🔪 helt ärligt", "nästa hantverkare som låser in sig i min
lägenhet får en hammare i skallen")."""
_ARMED_GOING = re.compile(
    r"\b(?:kommer|dyker\s+upp|går|åker)\s+(?:dit|hem\s+till\s+\w+|förbi)\s+med\s+[^.!?\n]{0,80}?"
    r"(?:👊\ufe0f?\s*🩸|🔪|🪓|🔫|🗡)"
)
"""Going there with something, and a fist and blood or a blade in emoji later in the sentence
("kommer dit med käppen 🦯 och den tänker jag inte använda för att gå med 👊🩸")."""
_BURNING_SOON = re.compile(r"[📡🕌⛪🏠🏡🏫🏢🏛🕍🏚🚗🚙🚌🚓🏗]\ufe0f?\s*🔥")
_FIRE_SOON = re.compile(r"\b(?:snart|nästa\s+gång|väntar)\b")
"""A mast or a house on fire in emoji with "snart" ("📡🔥🔥 Kragsta. Snart."): a promise; without
a word of the future it may be a report ("huset brann i natt 🏠🔥")."""


_FIRE_AS_VERB = re.compile(
    r"\b(?:så|då|vi|jag|ja|ska|kommer|borde|bör|att)\s+(?:\S+\s+)?(?:🔥|💣|🧨)+\ufe0f?\s*"
    r"(?:hela\s+|den\s+|det\s+|er\s+|ert\s+|din\s+|ditt\s+|deras\s+)?(?P<what>[a-zåäö]+)"
)
"""Fire in emoji put where the verb goes ("om dom stänger studierummen så 🔥🔥 hela
biblioteket"): arson, when what follows is a building or a vehicle (`incitement` targets);
"så 🔥 hela kvällen" is a party."""


def _fire_as_verb(p: Parsed) -> re.Match[str] | None:
    for m in _FIRE_AS_VERB.finditer(p.text):
        if tagged("incitement", "target").word(m.group("what")) is None:
            continue
        i, _ = p.index(m.start(), m.end())
        if _negated(p.before(i, 4)) or _in_a_question(p, m.end()):
            continue
        return m
    return None


def _emoji_arson(text: str) -> re.Match[str] | None:
    """A building added to fire, or set on fire with "snart" (`_EMOJI_ARSON`, `_BURNING_SOON`)."""
    m = _EMOJI_ARSON.search(text)
    if m is None and _FIRE_SOON.search(text) is not None:
        m = _BURNING_SOON.search(text)
    return m


_BURNT_WITH_PEOPLE = lazy(
    r"\b(?:brinna|brinner|bränna|bränn|bränner|eldas|brännas)\s+(?:ner|upp)\s+med\s+"
    r"(?:\S+\s+){0,3}?(?:inlåst\w*|inne|därinne|kvar\s+inne|i\s+sig)\b"
)
"""A building wished burnt with people inside ("Fabriken borde brinna ner med ledningen
inlåst"): arson against people, not property."""


def _trap_or_extortion(p: Parsed) -> list[Finding]:
    """A line strung across a path so that riders crash ("nästa mopedkille … ska vi spänna en
    lina över gång och cykelvägen", "sätta ut en lina tvärs över sundet så skoterkillarna åker
    in i den"), money demanded against pictures kept back ("Swisha 500 till mig så lägger
    jag inte ut bilderna"), poison in someone's coffee and a building burnt with people
    locked inside: threats, whatever words of violence they leave out."""
    out = [
        Finding("crime.threat", 0.8, m.start(), m.end(), "threat")
        for m in (_said_not_denied(p, rx) for rx in (_LINE_ACROSS, _PAY_OR_PUBLISH))
        if m is not None
    ]
    for rx in (_FUEL_ENOUGH, _TRAPS_FOR):
        if (m := _said_not_denied(p, rx)) is not None:
            out.append(Finding("crime.threat", 0.8, m.start(), m.end(), "threat"))
    fire = _emoji_arson(p.text) if "🔥" in p.text else None
    if fire is None and any(e in p.text for e in "🔥💣🧨"):
        fire = _fire_as_verb(p)
    if fire is not None:
        out.append(Finding("crime.threat", 0.8, fire.start(), fire.end(), "threat"))
    if "nästa" in p.text and (m := _NEXT_ONE_BEATEN.search(p.text)) is not None:
        out.append(Finding("crime.threat", 0.8, m.start(), m.end(), "threat"))
    if (
        " som " in p.text
        and (m := _WHOEVER_GETS_A_BLADE.search(p.text)) is not None
        and (not laughing(p.text) or _JOKING.search(p.text) is None)
    ):
        out.append(Finding("crime.threat", 0.8, m.start(), m.end(), "threat"))
    if " med " in p.text and (
        (m := _ARMED_ARRIVAL.search(p.text)) is not None
        or (m := _ARMED_GOING.search(p.text)) is not None
    ):
        out.append(Finding("crime.threat", 0.8, m.start(), m.end(), "threat"))
    burnt = (
        _said_not_denied(p, _BURNT_WITH_PEOPLE) if "brinn" in p.text or "bränn" in p.text else None
    )
    if burnt is not None:
        out.append(Finding("crime.threat", 0.85, burnt.start(), burnt.end(), "threat"))
    poured = _said_not_denied(p, _POISONED_DRINK) if " i " in p.text else None
    if poured is not None and _POISON.search(poured.group()) is not None:
        out.append(Finding("crime.incitement", 0.8, poured.start(), poured.end(), "incitement"))
    return out


def _doxxing(p: Parsed) -> list[Finding]:
    """Someone's address or number shared with an invitation to go after them."""
    # Both must be present: the cheap test of the invitation's literals comes first.
    if not any(n in p.text for n in _NEEDLES[_HARASS]) or _ADDRESS.search(p.text) is None:
        return []
    harass = _HARASS.search(p.text)
    if harass is None or _only_public_numbers(p.text):
        return []
    return [Finding("crime.incitement", 0.8, harass.start(), harass.end(), "incitement")]


def _only_public_numbers(text: str) -> bool:
    """Every address the text gives is an organisation's phone number ("ring kommunens växel
    08-587 850 00 och säg vad ni tycker"): a place to complain, not a person to go after."""
    return all(
        m.group()[:1] == "0"
        and (m.group().startswith(_SERVICE_PREFIXES) or org_before(text, m.start()))
        for m in _ADDRESS.finditer(text)
    )


_SERVICE_PREFIXES = ("0771", "0770", "0775", "020", "0200")
"""Non-geographic numbers of authorities and companies (Skatteverket's 0771-567 567)."""
