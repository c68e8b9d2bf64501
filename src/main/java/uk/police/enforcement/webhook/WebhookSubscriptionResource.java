package uk.police.enforcement.webhook;

import java.util.Arrays;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.node.ObjectNode;

import uk.police.enforcement.api.WebhooksApi;
import uk.police.enforcement.api.model.ChangeEventType;
import uk.police.enforcement.api.model.WebhookReplay;
import uk.police.enforcement.api.model.WebhookSecretRotation;
import uk.police.enforcement.api.model.WebhookSubscription;
import uk.police.enforcement.api.model.WebhookSubscriptionInput;
import uk.police.enforcement.api.model.WebhookSubscriptionStatus;
import uk.police.enforcement.audit.Audited;
import uk.police.enforcement.common.idempotency.IdempotentAnswer;
import uk.police.enforcement.common.idempotency.IdempotentRequests;
import uk.police.enforcement.common.persistence.Timestamps;
import uk.police.enforcement.common.security.Roles;
import uk.police.enforcement.common.web.EntityTags;
import uk.police.enforcement.common.web.MergePatches;
import uk.police.enforcement.common.web.Representations;
/** HTTP face of webhook subscriptions: maps between the contract and the service, nothing more. */
@Audited
@RolesAllowed(Roles.SUPERVISOR)
public class WebhookSubscriptionResource implements WebhooksApi {

    private static final String PATH = "/api/v2/webhook-subscriptions";

    private final WebhookSubscriptions service;
    private final IdempotentRequests idempotentRequests;
    private final MergePatches mergePatches;

    @Context
    UriInfo uriInfo;

    public WebhookSubscriptionResource(WebhookSubscriptions service, IdempotentRequests idempotentRequests,
            MergePatches mergePatches) {
        this.service = service;
        this.idempotentRequests = idempotentRequests;
        this.mergePatches = mergePatches;
    }

    @Override
    public Response createWebhookSubscription(WebhookSubscriptionInput input, String idempotencyKey, String xRequestId,
            String justification) {
        return idempotentRequests.once(idempotencyKey, "POST " + PATH, input, () -> {
            WebhookSubscriptions.Subscription created = service.create(input);
            return Representations.created(uriInfo, created.entity(), toApi(created));
        });
    }

    @Override
    public Response getWebhookSubscription(UUID subscriptionId, String ifNoneMatch, String xRequestId,
            String justification) {
        WebhookSubscriptions.Subscription subscription = service.get(subscriptionId);
        return Representations.conditionalGet(subscription.entity(), ifNoneMatch, () -> toApi(subscription));
    }

    @Override
    public Response listWebhookSubscriptions(Integer limit, String cursor, String xRequestId, String justification) {
        return Representations.page(service.list(limit, cursor), WebhookSubscriptionResource::toApi);
    }

    @Override
    public Response patchWebhookSubscription(UUID subscriptionId, String ifMatch, ObjectNode patch, String xRequestId,
            String justification) {
        WebhookSubscription current = toApi(service.get(subscriptionId));
        WebhookSubscriptionInput input = mergePatches.apply(current, patch, WebhookSubscriptionInput.class);
        WebhookSubscriptions.Subscription replaced = service.replace(subscriptionId, EntityTags.expected(ifMatch), input);
        return Representations.ok(replaced.entity(), toApi(replaced));
    }

    @Override
    public Response deleteWebhookSubscription(UUID subscriptionId, String ifMatch, String xRequestId,
            String justification) {
        service.delete(subscriptionId, EntityTags.expected(ifMatch));
        return Response.noContent().build();
    }

    @Override
    public Response rotateWebhookSecret(UUID subscriptionId, String ifMatch, WebhookSecretRotation rotation,
            String idempotencyKey, String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST " + PATH + "/" + subscriptionId + "/secret-rotations",
                rotation, () -> answer(service.rotate(subscriptionId, EntityTags.expected(ifMatch), rotation.getOverlap())));
    }

    @Override
    public Response replayWebhookSubscription(UUID subscriptionId, WebhookReplay replay, String idempotencyKey,
            String xRequestId, String justification) {
        return idempotentRequests.once(idempotencyKey, "POST " + PATH + "/" + subscriptionId + "/replays", replay,
                () -> answer(service.replay(subscriptionId, replay.getAfter())));
    }

    private static IdempotentAnswer answer(WebhookSubscriptions.Subscription subscription) {
        return IdempotentAnswer.ok(EntityTags.of(subscription.entity().version), toApi(subscription));
    }

    static WebhookSubscription toApi(WebhookSubscriptions.Subscription subscription) {
        WebhookSubscriptionEntity entity = subscription.entity();
        WebhookDeliveries.State state = subscription.state();
        WebhookSubscription api = new WebhookSubscription()
                .id(entity.id)
                .url(entity.url)
                .eventTypes(entity.eventTypes == null ? null
                        : Arrays.stream(entity.eventTypes).map(ChangeEventType::fromValue).toList())
                .description(entity.description)
                .secret(subscription.showSecret() ? entity.secret : null)
                .previousSecretExpiresAt(Timestamps.utc(subscription.previousSecretExpiresAt()))
                .createdAt(Timestamps.utc(entity.createdAt))
                .updatedAt(Timestamps.utc(entity.updatedAt));
        api.status(WebhookSubscriptionStatus.fromValue(state.status()))
                .position(state.position().cursor())
                .attempts(state.attempts())
                .nextAttemptAt(state.attempts() > 0 ? Timestamps.utc(state.nextAttemptAt()) : null)
                .failingSince(Timestamps.utc(state.failingSince()))
                .lastError(state.lastError())
                .lastAttemptAt(Timestamps.utc(state.lastAttemptAt()))
                .lastDeliveredAt(Timestamps.utc(state.lastDeliveredAt()));
        return api;
    }
}
