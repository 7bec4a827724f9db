package be.kompas;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest, so it is never written twice. */
class KompasVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = KompasApplication.class.getPackage().getImplementationVersion();
        return new String[] { "Kompas " + (version == null ? "development build" : version) };
    }
}
