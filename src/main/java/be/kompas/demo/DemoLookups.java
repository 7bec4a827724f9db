package be.kompas.demo;

import org.springframework.stereotype.Component;

import be.kompas.lookups.LookupImports;

/** A small synthetic look-up data set for the first zone, imported so that the review queue has content. */
@Component
class DemoLookups implements DemoStep {

    private final LookupImports imports;

    DemoLookups(LookupImports imports) {
        this.imports = imports;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public void load(DemoContext context) {
        imports.importSynthetic(context.organisation("demo").id(), 20_000, 7, "demo");
    }
}
