package be.kompas.demo;

/** One part of the demo data; steps run in {@link #order()}, each on what the earlier ones made. */
interface DemoStep {

    int order();

    void load(DemoContext context);
}
