import { Field, ID, ObjectType, registerEnumType } from "type-graphql";

/** Shared by operations (`requestedBy`) and anything else that names who acted. */
export enum ActorKind {
  USER = "user",
  API_KEY = "api_key",
  SYSTEM = "system",
}
registerEnumType(ActorKind, {
  name: "ActorKind",
  description: "A signed-in user, a partner's API key, or the platform.",
});

@ObjectType({ description: "Who acted: a user, an API key, or the platform." })
export class Actor {
  @Field(() => ActorKind)
  kind!: ActorKind;

  @Field(() => ID, { nullable: true, description: "The user's or API key's id; null for the platform." })
  id!: string | null;
}
