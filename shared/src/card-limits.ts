/** How long a card's texts may be. Apart from the card's schema, so that the habitant's form loads no validation code before it shows. */
export const CARD_TITLE_MAX = 200;
export const CARD_SOURCE_MAX = 300;
export const CONTRIBUTION_BODY_MAX = 2000;
