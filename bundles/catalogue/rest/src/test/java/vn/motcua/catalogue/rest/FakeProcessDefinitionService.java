package vn.motcua.catalogue.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.motcua.catalogue.api.ProcessDefinition;
import vn.motcua.catalogue.api.ProcessDefinitionInput;
import vn.motcua.catalogue.api.ProcessDefinitionService;

/** Echoes what it is given as version 1 of the process. */
class FakeProcessDefinitionService implements ProcessDefinitionService {
    ProcessDefinitionInput input;
    String agency;
    LocalDate date;

    @Override
    public ProcessDefinition define(ProcessDefinitionInput input) {
        this.input = input;
        return definition(input.procedureCode(), input.agencyCode(), input.validFrom());
    }

    @Override
    public ProcessDefinition get(String procedureCode, String agencyCode, LocalDate asOf) {
        this.agency = agencyCode;
        this.date = asOf;
        return definition(procedureCode, agencyCode, Fixtures.DAY);
    }

    @Override
    public List<ProcessDefinition> list(String procedureCode, LocalDate asOf) {
        this.date = asOf;
        return List.of(definition(procedureCode, Fixtures.AGENCY, Fixtures.DAY));
    }

    @Override
    public List<ProcessDefinition> versions(String procedureCode, String agencyCode) {
        this.agency = agencyCode;
        return List.of(definition(procedureCode, agencyCode, Fixtures.DAY));
    }

    private static ProcessDefinition definition(String procedure, String agency, LocalDate from) {
        return new ProcessDefinition(procedure, agency, 1, "Quy trình", List.of(), BigDecimal.ONE, BigDecimal.TEN, 1,
            from, null, Instant.EPOCH);
    }
}
