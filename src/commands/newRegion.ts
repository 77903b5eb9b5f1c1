// A new region id, its parent and name → the text of content/regions/<id>.yaml: every field a municipality can set, commented in Dutch, nothing filled in.

export function newRegionText(id: string, parent: string, name: string): string {
  const quoted = JSON.stringify(name);
  return `# yaml-language-server: $schema=../../schema/region.schema.json
# Regio "${name}" (${id}). Deze regio erft alles van "${parent}": vul alleen in wat hier anders is.
# Laat een veld weg (of zet er een # voor) om de waarde van "${parent}" te houden.
# Schrijf nooit een gegeven dat je niet zelf kunt nakijken: geen gok voor een telefoonnummer of adres.

name: ${quoted}
extends: ${parent}
status: concept            # zet op final als de gegevens nagekeken en goedgekeurd zijn
kind: municipality         # province, arrondissement of municipality

# Het logo van de gemeente: een bestand in images/ (liefst SVG), bijvoorbeeld images/logos/${id}.svg
# logo: images/logos/${id}.svg

# Lokale partners voor de logostrook (vervangt de lijst van "${parent}" helemaal).
# partners:
#   - name: Stad ${name}
#     logo: images/logos/${id}.svg

# Contacten. Een contact met dezelfde id als bij "${parent}" overschrijft alleen de velden die je invult;
# een nieuwe id voegt een contact toe; "id: null" haalt een geërfd contact weg.
# Velden: name (verplicht voor een nieuw contact), description, phone, email, website, address, hours,
# verify (wat nog nagekeken moet worden), sources (bron-id's).
# contacts:
#   jeugddienst:
#     name: Jeugddienst ${name}
#     description: Wat de jeugddienst voor jongeren doet, in één zin.
#     phone: 000 00 00 00
#     website: www.example.org
#     verify: telefoonnummer nakijken vóór het drukken

# Extra lokale tekst per materiaal (één korte alinea).
# local:
#   flyer: …
#   brochure: …
#   leidraad: …
`;
}
