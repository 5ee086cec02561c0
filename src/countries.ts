/**
 * Countries referenced anywhere in the package, by ISO 3166-1; the C5 states and the United States with
 * full profiles (capital, region, borders, area, population, currency), and every country's name in the
 * region's languages from the Unicode CLDR.
 *
 * @module countries
 */

export { type CountryCode, type CountryRecord, countries, getCountry, getCountryOrThrow } from "./datasets/countries.js";
export { type CountryNamesRecord, countryNames } from "./datasets/country-names.js";
export { latestPopulation, type PopulationRecord } from "./queries/population.js";
