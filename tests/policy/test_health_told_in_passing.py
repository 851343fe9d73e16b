"""Health as residents give it away on Instagram and in replies, found by the rules alone: a
treatment one is on ("gick på min första kemo"), a pregnancy by its week ("jag är i v.25",
"20 veckor idag 🤰", "BF 3 mars"), "KOL" in capitals, "du som har …", "din mamma med
leukemin". Beside each, the look-alike with the same words that tells no one's health; and a
picture whose people were made unrecognisable."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import health, make_event


@pytest.mark.parametrize(
    "text",
    [
        "gick på min första kemo idag 💪🎀 tack för att ni lyser för oss",
        "ligger på dialys tis/tors/lör så hoppas på livesändning",
        "min mamma går på cellgifter och kan inte komma",
        "vi kommer! jag är i v.25 och sambon är typ mer nervös än jag 😅",
        "20 veckor idag 🤰 bokmärker detta till hösten",
        "kommer bo här hela mammaledigheten, BF 3 mars 🥰",
        "har KOL så jag stod där 8:00 prick",
        "Tänker på Gunnel som har KOL och inte kommer ut",
        "@linnea.k du som har borderline kan väl tipsa om gruppen?",
        "@martin.g din mamma med leukemin borde gå först i kön",
    ],
)
def test_health_told_in_passing_is_found(rules: Engine, text: str) -> None:
    assert health(rules, text), text


@pytest.mark.parametrize(
    "text",
    [
        "Föreläsning om kemoterapi för anhöriga på biblioteket",
        "Gravida i vecka 20 erbjuds ultraljud på BMM",
        "Sportlovet är vecka 9, då är simhallen öppen",
        "jag är i vecka 12 av utbildningen nu",
        "vi grillar med kol, har kol i garaget",
        "Influensan kan bli farlig för den som har KOL eller diabetes",
        "wow! men tänk på att ni som är allergiska inte ska stå nära kuporna",
        "barn med autism behöver förutsägbarhet, bra att ni tänkt på det",
        "det var borderline olagligt hur de körde förbi skolan",
    ],
)
def test_health_words_about_no_one_are_not(rules: Engine, text: str) -> None:
    assert not health(rules, text), text


PHOTO = [{"type": "photo", "url": "https://scontent.xx.fbcdn.net/p1.jpg"}]


def test_a_picture_whose_faces_were_blurred_shows_no_one(rules: Engine) -> None:
    text = "Suddade ut alla ansikten ordentligt, man ser bara att det var fullt vid borden."
    d = rules.decide(make_event(text, attachments=PHOTO))
    assert Category.MEDIA_RIGHTS not in d.categories


def test_blurring_taken_back_still_shows_someone(rules: Engine) -> None:
    text = "Suddade ut ansiktena men man ser ju namnskylten på personalen"
    d = rules.decide(make_event(text, attachments=PHOTO))
    assert Category.MEDIA_RIGHTS in d.categories
