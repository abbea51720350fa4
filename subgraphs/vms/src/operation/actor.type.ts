import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** Shared by operations (`requestedBy`) and anything else that names who acted. */
export enum ActorKind {
  USER = "user",
  API_KEY = "api_key",
  SYSTEM = "system",
  /** The platform, because the organisation is suspended for unpaid usage; the id is the suspension's. */
  SUSPENSION = "suspension",
}
registerEnumType(ActorKind, {
  name: "ActorKind",
  description:
    "A signed-in user, a partner's API key, the platform, or the platform acting on the organisation's suspension for unpaid usage.",
});

@ObjectType({ description: "Who acted: a user, an API key, the platform, or a suspension for unpaid usage." })
export class Actor {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => ID, { nullable: true, description: "The user's, API key's or suspension's id; null for the platform." })
  id!: string | null;
}
