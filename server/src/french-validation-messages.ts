import { z } from "zod/mini";
import fr from "zod/v4/locales/fr.js";

// zod/mini loads no wording ("Invalid input" for everything): where a shared schema gives no message of its own, the
// server answers in French like the messages the schemas give. Imported by the modules that word refusals.
z.config(fr());
