"""Round 17's everyday sentences that the rules took for rule-breakers, each beside the
rule-breaker with the same words (asserted on the rule detectors alone): a lost item asked about
under the page's own lost-property post, a date and a time written together, "mitt emot" and
"vara", a request that nobody films, a match in table tennis, a film line quoted as a film line,
a charger, the speaker comparing themself, a hearsay doubted, and the plots of a planned area."""

from __future__ import annotations

import pytest

from kommunvakt.domain.models import Category
from kommunvakt.policy.engine import Engine
from tests.policy.conftest import categories

LOST_PROPERTY_POST = "Hittegods från Vallentunabadet finns i receptionen till 31 augusti"
SNOW_POST = "Snöröjningen pågår i hela kommunen i dag."


@pytest.mark.parametrize(
    ("text", "post", "category"),
    [
        (
            "Har tappat min plånbok vid badet, hör av dig så får du hittelön",
            SNOW_POST,
            Category.IRRELEVANT,
        ),
        ("mitt personnummer är 19850514-1807 om ni behöver det", "", Category.CONFIDENTIAL),
        ("Vi har väntat åtta månader på vår ansökan om bygglov", "", Category.PERSONAL_CASE),
        ("var ansokan om bygglov har legat i 8 manader nu", "", Category.PERSONAL_CASE),
        ("Igår filmade jag personalen när de slängde maten", "", Category.MEDIA_RIGHTS),
        ("Han borde få stryk efter mötet, den fegisen", "", Category.CRIME),
        (
            '"I will find you, and I will kill you" Petra Lund, du vet vem jag är',
            "",
            Category.CRIME,
        ),
        ("du är en dåre", "", Category.ABUSIVE),
        ("jag tycker du beter dig som en idiot", "", Category.ABUSIVE),
        ("folk säger att ungdomens hus ska stänga, sprid!", "", Category.RUMOR),
        (
            "Vi har sökt bygglov för garaget på Kragsta 3:101, varför tar det så lång tid?",
            "",
            Category.CONFIDENTIAL,
        ),
    ],
)
def test_the_rule_breaker_is_found(rules: Engine, text: str, post: str, category: Category) -> None:
    assert category in categories(rules, text, post), text


@pytest.mark.parametrize(
    ("text", "post", "category"),
    [
        (
            "Finns det några barnglasögon med lila båge? Min dotter tappade dem vid plaskdammen",
            LOST_PROPERTY_POST,
            Category.IRRELEVANT,
        ),
        (
            "Jag skrev fel i anmälan och satte 2025-05-14 18.00 i telefonfältet, kan man ändra?",
            "",
            Category.CONFIDENTIAL,
        ),
        (
            "Lampan vid hållplatsen, mitt emot lekplatsen, har varit trasig sedan oktober",
            "",
            Category.PERSONAL_CASE,
        ),
        (
            "Var beslutet enhälligt? Vill läsa protokollet innan jag har en åsikt.",
            "",
            Category.PERSONAL_CASE,
        ),
        ("vet nån var ersättningsbussen går från i Lindholmen?", "", Category.PERSONAL_CASE),
        (
            "I inlägget stod det att parkeringen ska vara avgiftsfri, gäller det fortfarande?",
            "",
            Category.PERSONAL_CASE,
        ),
        (
            "föräldrar, ingen filmar barnen på avslutningen utan att fråga först okej? ❤️",
            "",
            Category.MEDIA_RIGHTS,
        ),
        (
            "Kommer kommunen fotografera luciatåget i år också? Förra årets bilder var fina",
            "",
            Category.MEDIA_RIGHTS,
        ),
        (
            "Fritidsledarna kommer få stryk av ungdomarna i pingis nu, hoppas de har tränat!",
            "",
            Category.CRIME,
        ),
        (
            '"I will find you, and I will kill you" 😂 klassiker! Blir det popcorn på filmkvällen?',
            "",
            Category.CRIME,
        ),
        (
            "Gösta, ta med mobilen och laddaren. De är jättetålmodiga på biblioteket",
            "",
            Category.ABUSIVE,
        ),
        (
            "Skitbra! Nu slipper jag springa runt med pannlampa som en idiot 😂",
            "",
            Category.ABUSIVE,
        ),
        (
            "folk säger att ungdomens hus ska stänga men ni anställer ju, så det stämmer väl inte?",
            "",
            Category.RUMOR,
        ),
        (
            "Kartan visar bara beteckningar, typ Kragsta 3:101 till 3:130. Vilka är kvar?",
            "",
            Category.CONFIDENTIAL,
        ),
    ],
)
def test_the_everyday_sentence_is_not(
    rules: Engine, text: str, post: str, category: Category
) -> None:
    assert category not in categories(rules, text, post), text
