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

# Het logo van de gemeente: zet het bestand in images/logos/ (liefst SVG) en haal de # weg.
# logo: images/logos/${id}.svg

# Lokale partners voor de logostrook. Let op: deze lijst vervangt die van "${parent}" helemaal,
# dus herhaal de partners die je wilt houden.
# partners:
#   - name: Stad ${name}
#     logo: images/logos/${id}.svg

# Contacten, elk onder een korte id (kleine letters, cijfers en streepjes).
# - Dezelfde id als bij "${parent}" (bijvoorbeeld vdab) verandert alleen de velden die je invult.
# - Een nieuwe id voegt een contact toe; dan is name verplicht.
# - "clb: null" haalt een geërfd contact weg.
# Velden: name, description, phone, email, website, address, hours,
#   verify (wat nog nagekeken moet worden: "drukwerk build --final" weigert zolang het er staat),
#   sources (id's uit de lijst sources hieronder of van "${parent}").
# contacts:
#   jeugddienst:
#     name: Jeugddienst ${name}
#     description: Wat de jeugddienst voor jongeren doet, in één zin.
#     phone: 000 00 00 00
#     website: www.example.org
#     verify: telefoonnummer nakijken vóór het drukken

# Eén korte alinea lokale tekst per materiaal (poster, flyer, brochure, leidraad).
# local:
#   brochure: Woon je in ${name}? Dan kan je ook terecht bij de jeugddienst.
#   leidraad: Wat scholen in ${name} moeten weten, in een paar zinnen.

# Bronnen van je gegevens. Ook deze lijst vervangt die van "${parent}" helemaal:
# kopieer de bronnen van "${parent}" mee als je er een toevoegt.
# sources:
#   - id: gemeente-jeugddienst
#     title: Gemeente ${name} – Jeugddienst
#     url: https://www.example.org/jeugddienst
`;
}
