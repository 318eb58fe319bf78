"""Writes locales/messages.pot from the Dutch catalog, the source of every message id.

Message ids are stable keys, some built at run time ("levensgebied.<key>"), so the
template comes from the Dutch catalog rather than from scanning the code; a test checks
that every id the code names is in it. `make update-catalogs` runs this, then pybabel update.
"""

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

HERE = Path(__file__).parent

with (HERE / "nl" / "LC_MESSAGES" / "messages.po").open("rb") as source:
    dutch = read_po(source)
template = Catalog(project="meedenkersbot")
for message in dutch:
    if message.id:
        template.add(message.id, context=message.context, auto_comments=[message.string])
with (HERE / "messages.pot").open("wb") as out:
    write_po(out, template, width=100)
