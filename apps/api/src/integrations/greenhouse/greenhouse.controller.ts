// Greenhouse's Assessment Partner endpoints (docs/greenhouse-openapi.yaml describes them; the e2e
// test checks every request and answer against it). Outside the GraphQL API: HTTP Basic with a
// company API key, JSON errors naming the field.
import { Body, Controller, Get, HttpCode, Post, Query, Req, UseFilters, UseGuards } from '@nestjs/common';
import { Public } from '../../auth/decorators';
import { GreenhouseBasicAuthGuard, type GreenhouseRequest } from './greenhouse-basic-auth.guard';
import { GreenhouseErrorFilter } from './greenhouse-error.filter';
import { parseGreenhouse, responseErrorRequest, sendTestRequest, testStatusQuery } from './greenhouse-requests';
import { GreenhouseService } from './greenhouse.service';

@Public() // not a bearer token: GreenhouseBasicAuthGuard authenticates
@UseGuards(GreenhouseBasicAuthGuard)
@UseFilters(GreenhouseErrorFilter)
@Controller('integrations/greenhouse')
export class GreenhouseController {
  constructor(private readonly greenhouse: GreenhouseService) {}

  @Get('list_tests')
  listTests(@Req() request: GreenhouseRequest) {
    return this.greenhouse.listTests(request.user!);
  }

  @Post('send_test')
  @HttpCode(200)
  sendTest(@Req() request: GreenhouseRequest, @Body() body: unknown) {
    return this.greenhouse.sendTest(request.user!, request.greenhouseKey!, parseGreenhouse(sendTestRequest, body), request.ip ?? 'unknown');
  }

  @Get('test_status')
  testStatus(@Req() request: GreenhouseRequest, @Query() query: unknown) {
    return this.greenhouse.testStatus(request.user!, parseGreenhouse(testStatusQuery, query).partner_interview_id);
  }

  @Post('response_error')
  @HttpCode(200)
  async responseError(@Req() request: GreenhouseRequest, @Body() body: unknown) {
    await this.greenhouse.responseError(request.user!, parseGreenhouse(responseErrorRequest, body), request.ip ?? 'unknown');
    return { status: 200 };
  }
}
