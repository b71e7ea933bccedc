"""A verb of ending in the present tense before a weekday ("the congress closes on Monday")
points to the coming day, not the last one; the same verb in the past ("closed on Monday")
points back (knowledge/events_<language>.yaml, `tense.future`)."""

import datetime as dt

import pytest

from ruchina.extract.dates import resolve_dates

THURSDAY = dt.date(2019, 6, 13)


@pytest.mark.parametrize("sentence, language, day", [
    ("The CSTO summit in Dushanbe ends on Saturday with a joint declaration.", "en", dt.date(2019, 6, 15)),
    ("The CSTO summit in Dushanbe concludes Saturday.", "en", dt.date(2019, 6, 15)),
    ("The CSTO summit in Dushanbe ended on Saturday with a joint declaration.", "en", dt.date(2019, 6, 8)),
    ("La cumbre de la OTSC en Dusambé termina el sábado con una declaración.", "es", dt.date(2019, 6, 15)),
    ("La cumbre de la OTSC en Dusambé terminó el sábado con una declaración.", "es", dt.date(2019, 6, 8)),
])
def test_a_verb_of_ending_points_the_weekday(sentence, language, day):
    dates = resolve_dates(sentence, THURSDAY, language=language)
    assert [(d.first, d.last) for d in dates] == [(day, day)]
