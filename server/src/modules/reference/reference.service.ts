import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badInput, notFound } from '../../platform/errors.js';
import { HomeCareZone } from './home-care-zone.entity.js';
import { Municipality } from './municipality.entity.js';
import { SecondaryArea } from './secondary-area.entity.js';
import { TertiaryArea } from './tertiary-area.entity.js';
import { ZonePopulation } from './zone-population.entity.js';

/** Population figures older than this or in the future are refused as typing mistakes. */
const EARLIEST_POPULATION_YEAR = 2000;

export class ReferenceService {
  /** A zone or null; `lock` takes its row for the transaction (zone structure and designation changes take turns). */
  findZone(em: EntityManager, id: string, options: { populations?: boolean; lock?: boolean } = {}): Promise<HomeCareZone | null> {
    return em.findOne(HomeCareZone, { id }, { ...(options.populations ? { populate: ['populations'] as const } : {}), ...(options.lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {}) });
  }

  /** Every zone with its secondary and tertiary areas, in the prefecture's order. */
  zonesWithAreas(em: EntityManager): Promise<HomeCareZone[]> {
    return em.find(HomeCareZone, {}, { populate: ['secondaryArea.tertiaryArea'], orderBy: { position: 'asc' } });
  }

  findSecondaryArea(em: EntityManager, id: string): Promise<SecondaryArea | null> {
    return em.findOne(SecondaryArea, { id });
  }

  /** A municipality with its zone, or null. */
  findMunicipality(em: EntityManager, id: string): Promise<Municipality | null> {
    return em.findOne(Municipality, { id }, { populate: ['zone'] });
  }

  tertiaryAreas(em: EntityManager): Promise<TertiaryArea[]> {
    return em.find(TertiaryArea, {}, { orderBy: { position: 'asc' } });
  }

  zones(em: EntityManager): Promise<HomeCareZone[]> {
    return em.find(HomeCareZone, {}, { orderBy: { position: 'asc' } });
  }

  async zone(em: EntityManager, id: string, options: { populations?: boolean; lock?: boolean } = {}): Promise<HomeCareZone> {
    const zone = await this.findZone(em, id, options);
    if (!zone) throw notFound({ ja: '在宅医療圏', en: 'The home-care zone' });
    return zone;
  }

  async municipality(em: EntityManager, id: string): Promise<Municipality> {
    const municipality = await em.findOne(Municipality, { id });
    if (!municipality) throw notFound({ ja: '市町村', en: 'The municipality' });
    return municipality;
  }

  municipalities(em: EntityManager): Promise<Municipality[]> {
    return em.find(Municipality, {}, { orderBy: { position: 'asc' } });
  }

  /** Records (or corrects) a zone's population as of 1 January of a year. */
  async setPopulation(em: EntityManager, zoneId: string, year: number, population: number, now = new Date()): Promise<ZonePopulation> {
    const thisYear = Number(new Intl.DateTimeFormat('en', { timeZone: 'Asia/Tokyo', year: 'numeric' }).format(now));
    if (!Number.isInteger(year) || year < EARLIEST_POPULATION_YEAR || year > thisYear) {
      throw badInput('year', { ja: `年は${EARLIEST_POPULATION_YEAR}年から${thisYear}年の間で入力してください。`, en: `Enter a year between ${EARLIEST_POPULATION_YEAR} and ${thisYear}.` });
    }
    if (!Number.isInteger(population) || population < 0) {
      throw badInput('population', { ja: '人口は0以上の整数で入力してください。', en: 'Enter the population as a whole number of 0 or more.' });
    }
    return em.transactional(async (tx) => {
      const zone = await this.zone(tx, zoneId);
      const existing = await tx.findOne(ZonePopulation, { zone, year });
      const figure = existing ?? tx.create(ZonePopulation, { zone, year, population });
      figure.population = population;
      await tx.flush();
      return figure;
    });
  }
}
