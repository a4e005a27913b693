"""The facilitator screen."""
