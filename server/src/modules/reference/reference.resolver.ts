import { ListSize } from '../../platform/query-limits.js';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Query, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../platform/authorization.js';
import { type Context, Unscoped } from '../../platform/context.js';
import { HomeCareZone } from './home-care-zone.entity.js';
import { Municipality } from './municipality.entity.js';
import { SecondaryArea } from './secondary-area.entity.js';
import { TertiaryArea } from './tertiary-area.entity.js';
import { ZonePopulation } from './zone-population.entity.js';
import { latestPopulation } from '../hub/hub.rules.js';

/** Reference data is public: zones and municipalities are read without signing in. */
@Resolver(() => HomeCareZone)
export class HomeCareZoneResolver {
  @ListSize(39)
  @Query(() => [HomeCareZone], { description: 'The 39 home-care zones, in the order of the prefecture plan.' })
  homeCareZones(@Ctx() ctx: Context): Promise<HomeCareZone[]> {
    return ctx.services.reference.zones(ctx.db.unscoped(Unscoped.REFERENCE));
  }

  @Query(() => HomeCareZone, { description: 'One home-care zone.' })
  homeCareZone(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<HomeCareZone> {
    return ctx.services.reference.zone(ctx.db.unscoped(Unscoped.REFERENCE), id);
  }

  @ListSize(6)
  @Query(() => [TertiaryArea], { description: 'The six tertiary medical areas with their secondary areas.' })
  tertiaryAreas(@Ctx() ctx: Context): Promise<TertiaryArea[]> {
    return ctx.services.reference.tertiaryAreas(ctx.db.unscoped(Unscoped.REFERENCE));
  }

  @Authorized(Access.PREFECTURE_ADMIN)
  @Mutation(() => ZonePopulation, { description: "Records a zone's population as of 1 January of a year (prefecture only)." })
  setZonePopulation(
    @Arg('zoneId', () => ID) zoneId: string,
    @Arg('year', () => Int, { description: 'Calendar year; the figure is as of 1 January.' }) year: number,
    @Arg('population', () => Int) population: number,
    @Ctx() ctx: Context,
  ): Promise<ZonePopulation> {
    return ctx.services.reference.setPopulation(ctx.db.unscoped(Unscoped.REFERENCE), zoneId, year, population);
  }

  @FieldResolver(() => SecondaryArea, { description: 'Secondary medical area the zone belongs to.' })
  secondaryArea(@Root() zone: HomeCareZone): Promise<SecondaryArea> {
    return zone.secondaryArea.load({ dataloader: true }) as Promise<SecondaryArea>;
  }

  @ListSize(30)
  @FieldResolver(() => [Municipality], { description: 'Municipalities that make up the zone.' })
  async municipalities(@Root() zone: HomeCareZone): Promise<Municipality[]> {
    return (await zone.municipalities.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => [ZonePopulation], { description: 'Population figures by year, oldest first.' })
  async populations(@Root() zone: HomeCareZone): Promise<ZonePopulation[]> {
    return (await zone.populations.load({ dataloader: true })).getItems();
  }

  @FieldResolver(() => ZonePopulation, { nullable: true, description: 'The most recent population figure, if any.' })
  async latestPopulation(@Root() zone: HomeCareZone): Promise<ZonePopulation | null> {
    return latestPopulation((await zone.populations.load({ dataloader: true })).getItems());
  }
}

@Resolver(() => SecondaryArea)
export class SecondaryAreaResolver {
  @FieldResolver(() => TertiaryArea, { description: 'Tertiary area the secondary area belongs to.' })
  tertiaryArea(@Root() area: SecondaryArea): Promise<TertiaryArea> {
    return area.tertiaryArea.load({ dataloader: true }) as Promise<TertiaryArea>;
  }

  @ListSize(12)
  @FieldResolver(() => [HomeCareZone], { description: 'Home-care zones within the secondary area.' })
  async zones(@Root() area: SecondaryArea): Promise<HomeCareZone[]> {
    return (await area.zones.load({ dataloader: true })).getItems();
  }
}

@Resolver(() => TertiaryArea)
export class TertiaryAreaResolver {
  @ListSize(8)
  @FieldResolver(() => [SecondaryArea], { description: 'Secondary areas within the tertiary area.' })
  async secondaryAreas(@Root() area: TertiaryArea): Promise<SecondaryArea[]> {
    return (await area.secondaryAreas.load({ dataloader: true })).getItems();
  }
}

@Resolver(() => Municipality)
export class MunicipalityResolver {
  @ListSize(179)
  @Query(() => [Municipality], { description: 'The 179 municipalities of Hokkaido, in the order of the prefecture plan.' })
  municipalities(@Ctx() ctx: Context): Promise<Municipality[]> {
    return ctx.services.reference.municipalities(ctx.db.unscoped(Unscoped.REFERENCE));
  }

  @FieldResolver(() => HomeCareZone, { description: 'Home-care zone the municipality belongs to.' })
  zone(@Root() municipality: Municipality): Promise<HomeCareZone> {
    return municipality.zone.load({ dataloader: true }) as Promise<HomeCareZone>;
  }
}
