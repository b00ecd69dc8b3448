package uk.nhs.icb.caseworkflows.common.web.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;

/** The answer to a request that made a record: 201, its address in Location, the record. */
public final class Created {

  private Created() {}

  /** 201 with Location {@code below}/{@code id} and {@code entity} as the body. */
  public static Response at(UriBuilder below, String id, Object entity) {
    return Response.created(below.path(id).build()).entity(entity).build();
  }
}
