// The composition root of the unit tests, as server.ts is the app's: plug the features
// into the platform before a test asks for the bus (a test may plug a fixture over it).
import { plugFeatures } from "@/lib/features/plug-features";

plugFeatures();
